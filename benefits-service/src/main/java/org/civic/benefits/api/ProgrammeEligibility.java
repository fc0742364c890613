package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.List;
import org.civic.benefits.rules.ConditionResult;
import org.civic.benefits.rules.LocalizedText;
import org.civic.benefits.rules.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One programme's answer, with the rule version it used and every condition explained. */
public record ProgrammeEligibility(
        @Schema(examples = Examples.PROGRAMME_CODE) String programmeCode,
        @Schema(examples = Examples.PROGRAMME_NAME) LocalizedText programmeName,
        LegalBasis legalBasis,

        @Schema(description = "The rule version in force that day", examples = "1")
        int ruleVersion,

        @Schema(examples = "2025-01-01") LocalDate ruleEffectiveFrom,
        @Schema(examples = "ELIGIBLE") Outcome outcome,

        @Schema(description = "Every condition of the programme's criteria, with its outcome")
        List<ConditionResult> conditions,

        @Schema(
                description = "Facts that could change an UNDETERMINED answer (birthDate for age)",
                examples = "[\"residenceRegion\"]")
        List<String> missingFacts,

        List<BenefitEligibility> benefits) {}
