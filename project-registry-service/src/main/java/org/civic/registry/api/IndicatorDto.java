package org.civic.registry.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.civic.registry.entity.Indicator;

/** A typed target: {@code {"key": "households", "unit": "户", "baseline": 0, "target": 23000, ...}}. */
public record IndicatorDto(
        @NotNull @Pattern(regexp = Codes.INDICATOR, message = "must be 1 to 40 of a-z, 0-9 and _, starting with a letter") String key,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 20) String unit,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 14, fraction = 4) BigDecimal baseline,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 14, fraction = 4) BigDecimal target,
        @NotNull Indicator.Direction direction,
        @NotNull Boolean cumulative) {
}
