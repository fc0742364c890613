package org.civic.registry.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.civic.registry.entity.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A typed target: {@code {"key": "households", "unit": "户", "baseline": 0, "target": 23000, ...}}. */
@Schema(description = "A typed target of a project (a project often has several)")
public record IndicatorDto(
        @NotNull
        @Size(max = Codes.INDICATOR_MAX_LENGTH)
        @Pattern(regexp = Codes.INDICATOR, message = "must be 1 to 40 of a-z, 0-9 and _, starting with a letter")
        @Schema(
                description = "Unique in the project; progress reports name their actuals by it",
                examples = "institutions")
        String key,

        @NotBlank @Size(max = 200) @Schema(examples = "上线“医码通”的医疗卫生机构")
        String name,

        @NotBlank @Size(max = 20) @Schema(description = "个, 户, 公里, 人次, 万元 …", examples = "家")
        String unit,

        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 14, fraction = 4)
        @Schema(description = "Where it starts; 0 when left out", examples = "0")
        BigDecimal baseline,

        @NotNull
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 14, fraction = 4)
        @Schema(examples = "20")
        BigDecimal target,

        @NotNull Indicator.Direction direction,

        @NotNull
        @Schema(
                description = "Whether actuals add up over the year (true) or each report stands alone",
                examples = "true")
        Boolean cumulative) {}
