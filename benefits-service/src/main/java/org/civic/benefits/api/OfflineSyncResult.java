package org.civic.benefits.api;

import java.util.List;
import org.civic.benefits.entity.OfflineUse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How each reported use was reconciled, in the order sent. */
public record OfflineSyncResult(List<Reconciled> uses) {

    public record Reconciled(
            @Schema(examples = "BUS-0417-000123") String localId,
            @Schema(examples = "RECORDED") OfflineUse.Outcome outcome,

            @Schema(description = "Why, as a gate would have been told online", examples = "REDEEMED")
            VerificationResult.Reason reason,

            @Schema(
                    description = "True when this localId was reconciled by an earlier sync (its first answer)",
                    examples = "false")
            boolean replayed) {}
}
