package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.registry.entity.Project;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A promised project with its indicators (targets)")
public record ProjectView(
        @Schema(
                required = true,
                readOnly = true,
                description = "Assigned by the registry; stable for the project's " + "life",
                examples = Examples.PROJECT_ID)
        UUID id,

        @Schema(required = true, examples = Examples.PROGRAMME_ID)
        UUID programmeId,

        @Schema(required = true, description = "Unique in its programme", examples = Examples.PROJECT_CODE)
        String code,

        @Schema(required = true, examples = Examples.PROJECT_TITLE)
        String title,

        @Schema(required = true, nullable = true, examples = Examples.PROJECT_TITLE_EN)
        String titleEn,

        @Schema(required = true, nullable = true, examples = Examples.PROJECT_DESCRIPTION)
        String description,

        @Schema(required = true, description = "A domain code of its programme", examples = Examples.DOMAIN_CODE)
        String domainCode,

        @Schema(required = true, examples = Examples.DEPARTMENT_ID)
        UUID leadDepartmentId,

        @Schema(
                required = true,
                maxItems = 50,
                description = "Departments that share the work",
                examples = "[\"" + Examples.CO_DEPARTMENT_ID + "\"]")
        List<UUID> coDepartmentIds,

        @Schema(
                required = true,
                maxItems = 100,
                description = "Regions it covers (GB/T 2260 codes); the city's own code means " + "city-wide",
                examples = "[\"" + Examples.REGION_CODE + "\"]")
        List<String> districtCodes,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(
                required = true,
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                pattern = Examples.DECIMAL_PATTERN,
                description = Examples.MONEY + "; null when unknown",
                examples = Examples.INVESTMENT)
        BigDecimal plannedInvestment,

        @Schema(required = true, nullable = true, examples = Examples.PLANNED_START)
        LocalDate plannedStart,

        @Schema(required = true, nullable = true, examples = Examples.PLANNED_END)
        LocalDate plannedEnd,

        @Schema(required = true, nullable = true) Location location,
        @Schema(required = true) Project.State state,

        @Schema(
                required = true,
                nullable = true,
                readOnly = true,
                description = "Why it was cancelled " + "(POST /projects/{id}/cancel); null unless CANCELLED",
                examples = "因选址调整,项目并入2023年计划")
        String cancelReason,

        @Schema(required = true, maxItems = 30) List<IndicatorDto> indicators,

        @Schema(required = true, readOnly = true, examples = Examples.CREATED)
        Instant createdAt,

        @Schema(required = true, readOnly = true, examples = Examples.UPDATED)
        Instant updatedAt) {}
