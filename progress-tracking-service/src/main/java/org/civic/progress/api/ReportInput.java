package org.civic.progress.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.web.OutputOnly;

/**
 * A progress report for the period ending {@code asOf}. A correction of an approved report names it in
 * {@code supersedesId}; when the correction is approved, the old report stops counting.
 */
@OutputOnly({"id", "projectId", "programmeId", "reporter", "state", "submittedAt", "decidedAt", "decidedBy",
        "returnComment", "createdAt", "updatedAt"})
public record ReportInput(
        @NotNull LocalDate asOf,
        @Size(max = 30) List<@NotNull @Valid Actual> actuals,
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2) BigDecimal percentComplete,
        @Size(max = 10000) String narrative,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "^https?://\\S{1,1990}$", message = "must be an http(s) URL") String> evidenceLinks,
        UUID supersedesId) {

    public record Actual(
            @NotNull @Pattern(regexp = "^[a-z][a-z0-9_]{0,39}$", message = "must be an indicator key") String key,
            @NotNull @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 14, fraction = 4) BigDecimal value) {
    }
}
