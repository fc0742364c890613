package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.civic.benefits.entity.Sanction;
import org.civic.benefits.rules.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded misuse and what the programme's sanction rule made of it. */
public record SanctionView(
        @Schema(examples = Examples.SANCTION_ID) UUID id,
        @Schema(examples = Examples.PROGRAMME_CODE) String programmeCode,

        @Schema(description = "Which offence of this citizen under this programme", examples = "1")
        int offence,

        @Schema(description = "The sanction rule version applied", examples = "1")
        int ruleVersion,

        @Schema(examples = "SUSPENDED") Sanction.Outcome outcome,
        @Schema(examples = "2025-03-12") LocalDate occurredOn,

        @Schema(description = "The first day the benefits are withheld", examples = "2025-03-13")
        LocalDate effectiveFrom,

        @Schema(description = "The last day of a suspension; absent for a revocation", examples = "2026-03-12")
        LocalDate suspendedUntil,

        LocalizedText explanation,
        @Schema(examples = "第十二条") String article,
        SanctionInput.Evidence evidence,
        @Schema(examples = "2025-03-13T01:00:00Z") Instant recordedAt,
        @Schema(examples = "staff:demo-benefits-officer") String recordedBy,

        @Schema(description = "Present when a suspension was lifted early")
        Lifted lifted) {

    public record Lifted(
            @Schema(description = "The first day the benefits are back", examples = "2025-05-20")
            LocalDate on,

            @Schema(examples = "2025-05-20T02:00:00Z") Instant at,

            @Schema(examples = "staff:demo-benefits-officer")
            String by,

            @Schema(examples = "复议决定：冒用系卡片被盗所致，撤销暂停") String reason) {}
}
