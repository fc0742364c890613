package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SanctionRuleView(
        @Schema(examples = Examples.PROGRAMME_CODE) String programmeCode,
        @Schema(examples = "1") int version,
        @Schema(examples = "2025-01-01") LocalDate effectiveFrom,
        @Schema(examples = "2027-12-31") LocalDate effectiveTo,
        List<SanctionStep> steps,
        @Schema(examples = "荆门：违规使用一次暂停一年，两次取消优待资格") String note,
        @Schema(examples = "2025-01-06T02:30:00Z") Instant createdAt,
        @Schema(examples = "staff:demo-benefits-officer") String createdBy) {}
