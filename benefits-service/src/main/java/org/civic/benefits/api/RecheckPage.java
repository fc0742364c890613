package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.rules.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one batch of a re-check found: the citizens whose outcome changed from the previous rule version. */
public record RecheckPage(
        @Schema(examples = Examples.PROGRAMME_CODE) String programmeCode,
        @Schema(examples = "2") int ruleVersion,

        @Schema(
                description = "The new version's first day, on which both versions are evaluated",
                examples = "2026-01-01")
        LocalDate asOf,

        List<Change> changes,

        @Schema(description = "Citizens evaluated by this call", examples = "500")
        int scanned,

        @Schema(description = "Absent when every citizen has been re-checked", examples = "x8yM8n5mTmeQ3xJ0")
        String nextCursor) {

    public enum Kind {
        BECAME_ELIGIBLE,
        LOST_ELIGIBILITY,
        /** Not eligible either way, but decided otherwise (INELIGIBLE ⇄ UNDETERMINED). */
        OUTCOME_CHANGED
    }

    public record Change(
            @Schema(examples = Examples.CITIZEN_ID) UUID citizenId,
            @Schema(examples = "INELIGIBLE") Outcome before,
            @Schema(examples = "ELIGIBLE") Outcome after,
            @Schema(examples = "BECAME_ELIGIBLE") Kind change) {

        /** The change from {@code before} to {@code after}; null when the outcome stayed. */
        public static Kind between(Outcome before, Outcome after) {
            if (before == after) {
                return null;
            }
            if (after == Outcome.ELIGIBLE) {
                return Kind.BECAME_ELIGIBLE;
            }
            return before == Outcome.ELIGIBLE ? Kind.LOST_ELIGIBILITY : Kind.OUTCOME_CHANGED;
        }
    }
}
