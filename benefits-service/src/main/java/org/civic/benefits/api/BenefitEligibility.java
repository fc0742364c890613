package org.civic.benefits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.civic.benefits.rules.ConditionResult;
import org.civic.benefits.rules.LocalizedText;
import org.civic.benefits.rules.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One benefit's answer: the programme's outcome combined with the benefit's own conditions (listed here;
 * the programme's are on the programme), the facts still missing and, for a citizen, the quota left.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenefitEligibility(
        @Schema(examples = Examples.BENEFIT_CODE) String benefitCode,
        @Schema(examples = Examples.BENEFIT_NAME) LocalizedText name,
        @Schema(examples = "ELIGIBLE") Outcome outcome,

        @Schema(description = "The benefit's own conditions (none for most benefits)")
        List<ConditionResult> conditions,

        @Schema(description = "Facts that could change an UNDETERMINED answer", examples = "[]")
        List<String> missingFacts,

        @Schema(description = "For a citizen and a limited benefit: the use in the current period")
        QuotaStatus quota) {}
