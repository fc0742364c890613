package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civic.benefits.entity.SiteCategory;

/** A gate or validator checks a pass for its site; with {@code redeem} the use is recorded in the same step. */
public record VerificationRequest(
        @NotBlank @Size(max = 4000) String token,
        @NotNull SiteCategory siteCategory,
        @NotBlank @Size(max = 100) String siteId,
        boolean redeem) {
}
