package org.civic.benefits.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.benefits.rules.RuleExamples;
import org.civic.benefits.rules.RuleLanguageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new rule version: the criteria tree, optional extra criteria per benefit code, and the period it is in
 * force. It supersedes earlier versions from {@code effectiveFrom} on; it never changes them.
 */
public record RuleVersionInput(
        @Schema(
                description =
                        "In force from this day (not before the programme's effectiveFrom; one version per day, 409)",
                examples = "2025-01-01")
        @NotNull
        LocalDate effectiveFrom,

        @Schema(description = "In force until this day; absent: until a later version starts", examples = "2027-12-31")
        LocalDate effectiveTo,

        @Schema(ref = RuleLanguageSchema.CRITERION, required = true, examples = RuleExamples.CRITERIA) @NotNull
        JsonNode criteria,

        @Schema(ref = RuleLanguageSchema.BENEFIT_CRITERIA, examples = RuleExamples.BENEFIT_CRITERIA)
        JsonNode benefitCriteria,

        @Schema(
                description = "Why this version, for the record",
                examples =
                        "Criteria from the article; 'household in hardship' read as dibao, tekun or low income (demo interpretation).")
        @Size(max = 2000)
        String note) {}
