package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.civic.benefits.rules.RuleLanguageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record FactView(
        @Schema(readOnly = true, examples = Examples.FACT_ID)
        UUID id,

        @Schema(ref = RuleLanguageSchema.RECORDABLE_FACT, examples = "honour")
        String type,

        @Schema(examples = "BLOOD_DONATION_GOLD") String value,
        @Schema(examples = "泉州市中心血站") String source,
        @Schema(examples = "2022-06-14") LocalDate validFrom,
        @Schema(examples = "2030-06-13") LocalDate validUntil,

        @Schema(readOnly = true, examples = "2025-01-06T02:30:00Z")
        Instant recordedAt,

        @Schema(readOnly = true, examples = "staff:demo-benefits-officer")
        String recordedBy) {}
