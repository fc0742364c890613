package org.civic.benefits.api;

import java.time.Instant;
import java.util.UUID;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.entity.SiteCategory;

/** A recorded use; {@code period} is the quota period it counted in ("2025", "2025-03", "LIFETIME", "-"). */
public record RedemptionView(UUID id, String benefitCode, String siteId, SiteCategory siteCategory,
                             Instant occurredAt, String period, Integer sequenceInPeriod,
                             Redemption.Channel channel, Instant recordedAt, String recordedBy) {
}
