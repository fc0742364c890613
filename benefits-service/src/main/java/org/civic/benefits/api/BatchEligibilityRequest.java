package org.civic.benefits.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proactive outreach: the citizens eligible for a programme (or one of its benefits) on {@code asOf} who have
 * not used it. Page through with the {@code nextCursor} of the previous answer.
 */
public record BatchEligibilityRequest(
        @Schema(examples = Examples.PROGRAMME_CODE)
        @NotNull
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String programmeCode,

        @Schema(description = "The day to evaluate; default today (Asia/Shanghai)", examples = "2025-03-12")
        LocalDate asOf,

        @Schema(
                description =
                        "One benefit of the programme: then those whose quota for the period of asOf is left "
                                + "(or who never used an unlimited one); without it, those who used none of the programme's benefits",
                examples = Examples.BENEFIT_CODE)
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String benefitCode,

        @Schema(
                description = "The nextCursor of the previous page; absent for the first",
                examples = "YzdlM2ExZjAtMmI0ZC00ZTZmLThhOWItMGMxZDJlM2Y0YTVi")
        @Size(max = 100)
        String cursor,

        @Schema(description = "At most this many ids (default 100)", examples = "100")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = 1000, message = "must be at most 1000")
        Integer size) {}
