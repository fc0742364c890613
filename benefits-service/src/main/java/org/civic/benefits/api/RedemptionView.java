package org.civic.benefits.api;

import java.time.Instant;
import java.util.UUID;
import org.civic.benefits.entity.Redemption;
import org.civic.benefits.entity.SiteCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded use; {@code period} is the quota period it counted in ("2025", "2025-03", "LIFETIME", "-"). */
public record RedemptionView(
        @Schema(readOnly = true, examples = Examples.REDEMPTION_ID)
        UUID id,

        @Schema(examples = Examples.BENEFIT_CODE) String benefitCode,
        @Schema(examples = "QZ-FENGZE-CHC-01") String siteId,
        @Schema(examples = "COMMUNITY_HEALTH_CENTRE") SiteCategory siteCategory,
        @Schema(examples = "2025-03-12T01:20:00Z") Instant occurredAt,

        @Schema(
                readOnly = true,
                description = "The quota period it counted in: 2025, 2025-03, LIFETIME, or - when unlimited",
                examples = "2025")
        String period,

        @Schema(
                readOnly = true,
                description = "Its number within the period (1 for the first use); absent when unlimited",
                examples = "1")
        Integer sequenceInPeriod,

        @Schema(
                readOnly = true,
                description = "API (this endpoint) or VERIFICATION (a gate redeeming a pass)",
                examples = "API")
        Redemption.Channel channel,

        @Schema(readOnly = true, examples = "2025-03-12T01:20:03Z")
        Instant recordedAt,

        @Schema(readOnly = true, examples = "staff:demo-benefits-officer")
        String recordedBy) {}
