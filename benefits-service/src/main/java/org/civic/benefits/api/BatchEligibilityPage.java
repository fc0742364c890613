package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of eligible citizens who have not used the benefit. {@code nextCursor} is null at the end; a page
 * may hold fewer than {@code size} ids while more remain, because one call evaluates a bounded number of
 * candidates ({@code scanned}).
 */
public record BatchEligibilityPage(
        @Schema(examples = Examples.PROGRAMME_CODE) String programmeCode,

        @Schema(
                description = "The benefit asked about; absent for the whole programme",
                examples = Examples.BENEFIT_CODE)
        String benefitCode,

        @Schema(description = "The day evaluated (default today)", examples = "2025-03-12")
        LocalDate asOf,

        @Schema(description = "The rule version in force that day", examples = "1")
        int ruleVersion,

        @Schema(
                description = "Eligible citizens who have not used it, in id order",
                examples = "[\"" + Examples.CITIZEN_ID + "\"]")
        List<UUID> citizenIds,

        @Schema(
                description = "How many candidates this call evaluated (at most benefits.batch.max-scan)",
                examples = "12")
        int scanned,

        @Schema(
                description = "Send it back as cursor for the next page; null at the end",
                examples = "YzdlM2ExZjAtMmI0ZC00ZTZmLThhOWItMGMxZDJlM2Y0YTVi")
        String nextCursor) {}
