package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import org.civic.benefits.entity.FactRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a fact: who, when, why, the state before (absent for the first recording) and after. */
public record FactChangeView(
        @Schema(description = "1 for the first recording, then one more per change", examples = "2")
        int revision,

        @Schema(examples = "CORRECTED") FactRevision.Change change,
        @Schema(examples = "2025-03-02T01:15:00Z") Instant changedAt,
        @Schema(examples = "staff:demo-benefits-officer") String changedBy,

        @Schema(description = "Absent for the first recording", examples = "血站复核：应为金奖，误录为银奖")
        String reason,

        @Schema(description = "The state before the change; absent for the first recording")
        State before,

        @Schema(description = "The state after the change") State after) {

    /** A fact's recorded state. */
    public record State(
            @Schema(examples = "BLOOD_DONATION_SILVER") String value,
            @Schema(examples = "泉州市中心血站") String source,
            @Schema(examples = "2022-06-14") LocalDate validFrom,
            @Schema(examples = "2030-06-13") LocalDate validUntil) {

        public static State of(FactRevision revision) {
            return new State(revision.value, revision.source, revision.validFrom, revision.validUntil);
        }
    }
}
