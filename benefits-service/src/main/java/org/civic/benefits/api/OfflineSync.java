package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.civic.benefits.entity.SiteCategory;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The uses a validator accepted while offline, reported at its sync (a retry of the same localId is harmless). */
public record OfflineSync(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Use> uses) {

    public record Use(
            @Schema(
                    description = "The validator's own id of the use, unique per validator",
                    examples = "BUS-0417-000123")
            @NotBlank
            @Size(max = 100)
            String localId,

            @Schema(description = "The pass token the validator checked", examples = "eyJraWQiOi…")
            @NotBlank
            @Size(max = 4096)
            String token,

            @Schema(examples = Examples.BENEFIT_CODE)
            @NotNull
            @Size(max = Codes.CODE_MAX_LENGTH)
            @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
            String benefitCode,

            @Schema(examples = "QZ-BUS-0417") @NotBlank @Size(max = 100)
            String siteId,

            @Schema(examples = "LOCAL_PUBLIC_TRANSPORT") @NotNull
            SiteCategory siteCategory,

            @Schema(
                    description = "When it happened (the validator's clock); not in the future",
                    examples = "2025-03-12T07:42:00+08:00")
            @NotNull
            OffsetDateTime occurredAt) {}
}
