package org.civic.benefits.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Proactive outreach: the citizens eligible for a programme (or one of its benefits) on {@code asOf} who have
 * not used it. Page through with the {@code nextCursor} of the previous answer.
 */
public record BatchEligibilityRequest(
        @NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String programmeCode,
        LocalDate asOf,
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String benefitCode,
        @Size(max = 100) String cursor,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000") Integer size) {
}
