package org.civic.benefits.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.civic.benefits.entity.Benefit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code limit} uses {@code per} period; a benefit without a quota is unlimited. */
public record QuotaDto(
        @Schema(examples = "1") @NotNull @Min(1) @Max(10000) Integer limit,

        @Schema(description = "Periods are reckoned in Asia/Shanghai (benefits.zone)", examples = "CALENDAR_YEAR")
        @NotNull
        Benefit.QuotaPeriod per) {}
