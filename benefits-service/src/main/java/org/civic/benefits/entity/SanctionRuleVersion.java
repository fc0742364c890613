package org.civic.benefits.entity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable version of a programme's sanction rule; its steps are data (jsonb), never code. */
@Entity
public class SanctionRuleVersion {

    @Id
    public UUID id;

    public UUID programmeId;

    public int number;

    public LocalDate effectiveFrom;

    public LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode steps;

    public String note;

    public Instant createdAt;

    public String createdBy;
}
