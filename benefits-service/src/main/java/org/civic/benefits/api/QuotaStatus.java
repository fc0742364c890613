package org.civic.benefits.api;

import org.civic.benefits.entity.Benefit;

/** A citizen's use of a limited benefit in the period containing the evaluation date ({@code period} "2025"). */
public record QuotaStatus(int limit, Benefit.QuotaPeriod per, String period, int used, int remaining) {
}
