package org.civic.registry.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sub-item with its share of the parent's roll-up")
public record SubItemView(
        @Schema(required = true, readOnly = true, examples = Examples.PROJECT_ID)
        UUID id,

        @Schema(required = true, examples = Examples.PROJECT_ID)
        UUID projectId,

        @Schema(required = true, examples = "QZ2024-03.01") String code,
        @Schema(required = true, examples = "鲤城区老旧小区改造示范项目") String title,

        @Schema(required = true, examples = Examples.DEPARTMENT_ID)
        UUID leadDepartmentId,

        @Schema(required = true, nullable = true, examples = Examples.REGION_CODE)
        String districtCode,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(
                required = true,
                nullable = true,
                type = SchemaType.STRING,
                format = "decimal",
                examples = "12000000.00")
        BigDecimal plannedInvestment,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(required = true, nullable = true, type = SchemaType.STRING, format = "decimal", examples = "2")
        BigDecimal weight,

        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(
                required = true,
                type = SchemaType.STRING,
                format = "decimal",
                description = "Its share of the parent's progress and achievement (the shares sum to 1)",
                examples = "0.25")
        BigDecimal share,

        @Schema(required = true, maxItems = 30) List<IndicatorDto> indicators) {}
