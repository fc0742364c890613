package org.civic.benefits.api;

import org.civic.benefits.entity.Benefit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's use of a limited benefit in the period containing the evaluation date ({@code period} "2025"). */
public record QuotaStatus(
        @Schema(examples = "1") int limit,
        @Schema(examples = "CALENDAR_YEAR") Benefit.QuotaPeriod per,

        @Schema(description = "The period containing the day evaluated: 2025, 2025-03 or LIFETIME", examples = "2025")
        String period,

        @Schema(examples = "0") int used,
        @Schema(examples = "1") int remaining) {}
