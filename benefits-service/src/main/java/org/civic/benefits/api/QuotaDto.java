package org.civic.benefits.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civic.benefits.entity.Benefit;

/** {@code limit} uses {@code per} period; a benefit without a quota is unlimited. */
public record QuotaDto(@NotNull @Min(1) @Max(10000) Integer limit, @NotNull Benefit.QuotaPeriod per) {
}
