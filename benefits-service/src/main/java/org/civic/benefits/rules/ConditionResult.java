package org.civic.benefits.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one condition came out: its place in the rule, what it tests, MET / NOT_MET / UNKNOWN, its
 * explanation, the policy article it comes from and the values it saw ({@code age} in whole years).
 */
public record ConditionResult(
        @Schema(description = "Where the condition stands in the rule", examples = "criteria.all[2]")
        String path,

        @Schema(ref = RuleLanguageSchema.FACT, examples = "residenceRegion")
        String fact,

        @Schema(ref = RuleLanguageSchema.OPERATOR, examples = "withinRegion")
        String op,

        @Schema(
                ref = RuleLanguageSchema.VALUE,
                description = "The operand as the rule writes it; absent for exists",
                examples = "\"350500\"")
        JsonNode value,

        @Schema(examples = "MET") Truth outcome,

        @Schema(examples = RuleExamples.RESIDENCE_EXPLANATION)
        LocalizedText explanation,

        @Schema(examples = "优待对象") String article,

        @Schema(
                description = "The fact's values valid on the day (age in whole years); empty when none is known",
                examples = "[\"350503\"]")
        List<String> observed) {}
