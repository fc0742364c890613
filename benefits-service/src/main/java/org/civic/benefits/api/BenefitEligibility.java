package org.civic.benefits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.civic.benefits.rules.ConditionResult;
import org.civic.benefits.rules.Outcome;

/**
 * One benefit's answer: the programme's outcome combined with the benefit's own conditions (listed here;
 * the programme's are on the programme), the facts still missing and, for a citizen, the quota left.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenefitEligibility(String benefitCode, LocalizedText name, Outcome outcome,
                                 List<ConditionResult> conditions, List<String> missingFacts, QuotaStatus quota) {
}
