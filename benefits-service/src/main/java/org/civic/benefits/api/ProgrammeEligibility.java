package org.civic.benefits.api;

import java.time.LocalDate;
import java.util.List;
import org.civic.benefits.rules.ConditionResult;
import org.civic.benefits.rules.Outcome;

/** One programme's answer, with the rule version it used and every condition explained. */
public record ProgrammeEligibility(String programmeCode, LocalizedText programmeName, LegalBasis legalBasis,
                                   int ruleVersion, LocalDate ruleEffectiveFrom, Outcome outcome,
                                   List<ConditionResult> conditions, List<String> missingFacts,
                                   List<BenefitEligibility> benefits) {
}
