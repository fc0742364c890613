package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate of a programme's shortlist, and the project a confirmed vote made of it")
public record CandidateView(
        @Schema(required = true, readOnly = true, examples = Examples.CANDIDATE_ID)
        UUID id,

        @Schema(required = true, examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(required = true, examples = Examples.PROJECT_CODE)
        String code,

        @Schema(required = true, examples = Examples.PROJECT_TITLE)
        String title,

        @Schema(required = true, examples = Examples.DOMAIN_CODE)
        String domainCode,

        @Schema(required = true, examples = Examples.DEPARTMENT_ID)
        UUID leadDepartmentId,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(
                required = true,
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                description = Examples.MONEY,
                examples = Examples.INVESTMENT)
        BigDecimal plannedInvestment,

        @Schema(required = true, maxItems = 30) List<IndicatorDto> indicators,

        @Schema(required = true, examples = "[\"" + Examples.SUGGESTION_ID + "\"]")
        List<UUID> suggestionIds,

        @Schema(
                required = true,
                nullable = true,
                readOnly = true,
                description = "The project a confirmed vote created from it; null until then",
                examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, readOnly = true, examples = Examples.CREATED)
        Instant createdAt,

        @Schema(required = true, readOnly = true, examples = Examples.UPDATED)
        Instant updatedAt) {}
