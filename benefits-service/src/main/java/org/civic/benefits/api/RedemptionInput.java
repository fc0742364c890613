package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.civic.benefits.entity.SiteCategory;

/** A use of a benefit at a site; {@code occurredAt} defaults to now and may not lie in the future. */
public record RedemptionInput(
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String benefitCode,
        @NotBlank @Size(max = 100) String siteId,
        @NotNull SiteCategory siteCategory,
        OffsetDateTime occurredAt) {
}
