package org.civic.benefits.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;

public record RuleVersionView(
        String programmeCode,
        int version,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        JsonNode criteria,
        JsonNode benefitCriteria,
        String note,
        Instant createdAt,
        String createdBy) {
}
