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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A progress report for the period ending {@code asOf}. A correction of an approved report names it in
 * {@code supersedesId}; when the correction is approved, the old report stops counting.
 */
@OutputOnly({
    "id",
    "projectId",
    "programmeId",
    "reporter",
    "state",
    "submittedAt",
    "decidedAt",
    "decidedBy",
    "returnComment",
    "createdAt",
    "updatedAt"
})
public record ReportInput(
        @Schema(description = "The end of the period the report speaks for; not in the future", examples = "2024-12-31")
        @NotNull
        LocalDate asOf,

        @Schema(
                description =
                        "Indicator values at asOf, each key at most once; keys are the project's indicators in the registry")
        @Size(max = 30)
        List<@NotNull @Valid Actual> actuals,

        @Schema(description = "How far the project is, 0 to 100", examples = "100")
        @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 2)
        BigDecimal percentComplete,

        @Schema(examples = Examples.PARKING_NARRATIVE) @Size(max = 10000)
        String narrative,

        @Schema(description = "http(s) links to evidence", examples = "[\"https://www.xinxiang.gov.cn/\"]")
        @Size(max = 20)
        List<
                        @NotNull @Size(max = Codes.LINK_MAX_LENGTH)
                        @Pattern(regexp = Codes.LINK, message = "must be an http(s) URL") String>
                evidenceLinks,

        @Schema(
                description = "The approved report this one corrects; cannot change on PUT",
                examples = Examples.CORRECTED_REPORT_ID)
        UUID supersedesId) {

    public record Actual(
            @Schema(description = "An indicator key of the project", examples = "parking_spaces")
            @NotNull
            @Size(max = Codes.INDICATOR_MAX_LENGTH)
            @Pattern(regexp = Codes.INDICATOR, message = "must be an indicator key")
            String key,

            @Schema(
                    description = "Its value at asOf: the running total for a cumulative indicator, else this period's",
                    examples = "4734")
            @NotNull
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 14, fraction = 4)
            BigDecimal value) {}
}
