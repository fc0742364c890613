package org.civic.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One use of a benefit (a health check, a museum entry), counted against its quota period. */
@Entity
public class Redemption {

    public enum Channel { API, VERIFICATION }

    @Id
    public UUID id;

    @Column(name = "citizen_id")
    public UUID citizenId;

    @Column(name = "benefit_id")
    public UUID benefitId;

    @Column(name = "site_id")
    public String siteId;

    @Enumerated(EnumType.STRING)
    @Column(name = "site_category")
    public SiteCategory siteCategory;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    /** "2025" for a calendar year, "2025-03" for a month, "LIFETIME", "-" when unlimited. */
    @Column(name = "period_key")
    public String periodKey;

    /** 1 .. quota limit within the period; null when unlimited. */
    @Column(name = "sequence_in_period")
    public Integer sequenceInPeriod;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "pass_id")
    public UUID passId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
