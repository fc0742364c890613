package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.UUID;
import org.civic.benefits.entity.Sanction;
import org.civic.benefits.rules.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sanction in force on the evaluation date: why the programme's benefits are withheld. */
public record SanctionStatus(
        @Schema(examples = Examples.SANCTION_ID) UUID sanctionId,
        @Schema(examples = "SUSPENDED") Sanction.Outcome outcome,
        @Schema(examples = "2025-03-13") LocalDate effectiveFrom,

        @Schema(description = "Absent for a revocation", examples = "2026-03-12")
        LocalDate suspendedUntil,

        LocalizedText explanation,
        @Schema(examples = "第十二条") String article) {}
