package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civic.benefits.entity.SiteCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A gate or validator checks a pass for its site; with {@code redeem} the use is recorded in the same step. */
public record VerificationRequest(
        @Schema(
                description = "The token read from the QR code",
                examples =
                        "eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiJkMmY0YjZhOC0wYzFlLTRhM2ItOWQ1Zi03ZTlhMWIzYzVkN2YifQ.c2lnbmF0dXJl")
        @NotBlank
        @Size(max = 4000)
        String token,

        @Schema(description = "The category of the checking site", examples = "GOV_MUSEUM_CULTURE") @NotNull
        SiteCategory siteCategory,

        @Schema(description = "The site's own id", examples = "QZ-MUSEUM-1") @NotBlank @Size(max = 100)
        String siteId,

        @Schema(
                description = "Record the use too, in the same transaction and quota lock as a redemption",
                examples = "false")
        boolean redeem) {}
