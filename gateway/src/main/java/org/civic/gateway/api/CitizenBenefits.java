package org.civic.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's eligibility per programme with remaining quotas, and the latest redemptions, as the benefits service answers. */
@Schema(
        description = "A citizen's eligibility per programme and benefit with remaining quotas (required), and the ten "
                + "latest redemptions (optional: null and listed in degraded when they could not be read).")
public record CitizenBenefits(
        UUID citizenId,
        LocalDate asOf,

        @Schema(ref = "BenefitsEligibilityView", description = "Eligibility per programme and benefit as of asOf.")
        JsonNode eligibility,

        @Schema(
                type = SchemaType.ARRAY,
                description = "The ten latest redemptions, newest first.",
                extensions = {
                    @Extension(name = ApiSchemas.ITEMS_REF, value = "BenefitsRedemptionView"),
                    @Extension(name = ApiSchemas.OPTIONAL, value = "true")
                })
        JsonNode recentRedemptions,

        List<Degraded> degraded) {}
