package org.civic.benefits.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.civic.benefits.rules.RuleExamples;
import org.civic.benefits.rules.RuleLanguageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RuleVersionView(
        @Schema(readOnly = true, examples = Examples.PROGRAMME_CODE)
        String programmeCode,

        @Schema(readOnly = true, description = "1 for the first version, then counting up", examples = "1")
        int version,

        @Schema(examples = "2025-01-01") LocalDate effectiveFrom,

        @Schema(description = "Absent: until a later version starts", examples = "2027-12-31")
        LocalDate effectiveTo,

        @Schema(ref = RuleLanguageSchema.CRITERION, examples = RuleExamples.CRITERIA)
        JsonNode criteria,

        @Schema(ref = RuleLanguageSchema.BENEFIT_CRITERIA, examples = RuleExamples.BENEFIT_CRITERIA)
        JsonNode benefitCriteria,

        @Schema(
                examples =
                        "Criteria from the article; 'household in hardship' read as dibao, tekun or low income (demo interpretation).")
        String note,

        @Schema(readOnly = true, examples = "2025-01-06T02:00:00Z")
        Instant createdAt,

        @Schema(readOnly = true, examples = "staff:demo-benefits-officer")
        String createdBy) {}
