package org.civic.benefits.entity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An immutable version of a programme's rules; criteria are data (jsonb), never code. */
@Entity
@Table(name = "rule_version")
public class RuleVersion {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public int number;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode criteria;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "benefit_criteria")
    public JsonNode benefitCriteria;

    public String note;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
