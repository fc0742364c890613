package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One read of a citizen's personal data or eligibility. Rows are only ever appended. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    public enum Action {
        READ_CITIZEN,
        LOOKUP_BY_NATIONAL_ID,
        READ_FACTS,
        READ_ELIGIBILITY,
        BATCH_ELIGIBILITY,
        READ_REDEMPTIONS,
        ISSUE_PASS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public UUID citizenId;

    public Instant accessedAt;

    public String actor;

    public String purpose;

    @Enumerated(EnumType.STRING)
    public Action action;

    public String requestId;
}
