package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civic.benefits.rules.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the n-th misuse brings; the last step of a rule applies to every later offence too. */
public record SanctionStep(
        @Schema(
                description = "1 for the first misuse, 2 for the second …; steps are numbered 1, 2, 3 in order",
                examples = "1")
        @Min(1)
        @Max(10)
        int offence,

        @Schema(examples = "SUSPEND") @NotNull Action action,

        @Schema(
                description = "For SUSPEND: how long, an ISO-8601 period in years, months or days (P1Y); absent for "
                        + "REVOKE",
                examples = "P1Y",
                maxLength = 12)
        @Size(max = 12)
        @Pattern(regexp = "P(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,4}D)?", message = "must be an ISO-8601 period such as P1Y")
        String duration,

        @Schema(description = "Why, as the citizen and the gate are told") @NotNull @Valid
        LocalizedText explanation,

        @Schema(description = "The policy article", examples = "第十二条") @Size(max = 200)
        String article) {

    public enum Action {
        /** The programme's benefits are withheld for the duration. */
        SUSPEND,
        /** The programme's benefits are withdrawn for good. */
        REVOKE
    }
}
