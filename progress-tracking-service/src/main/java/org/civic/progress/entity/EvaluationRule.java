package org.civic.progress.entity;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable version of a 满意度测评 grading rule; the definition is data ({@code service/GradingRule}). */
@Entity
public class EvaluationRule {

    @Id
    public UUID id;

    public String code;

    public int version;

    public LocalDate effectiveFrom;

    public String description;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode definition;

    public Instant createdAt;
}
