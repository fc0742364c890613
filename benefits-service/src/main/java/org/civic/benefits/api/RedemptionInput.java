package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.civic.benefits.entity.SiteCategory;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A use of a benefit at a site; {@code occurredAt} defaults to now and may not lie in the future. */
public record RedemptionInput(
        @Schema(examples = Examples.BENEFIT_CODE)
        @NotNull
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String benefitCode,

        @Schema(description = "The site's own id", examples = "QZ-FENGZE-CHC-01") @NotBlank @Size(max = 100)
        String siteId,

        @Schema(description = "Must be one the benefit applies at (else 422)", examples = "COMMUNITY_HEALTH_CENTRE")
        @NotNull
        SiteCategory siteCategory,

        @Schema(
                description = "When it happened; default now, not in the future; its day decides eligibility and "
                        + "the quota period",
                examples = "2025-03-12T09:20:00+08:00")
        OffsetDateTime occurredAt) {}
