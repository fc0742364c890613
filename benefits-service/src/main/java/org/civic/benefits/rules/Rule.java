package org.civic.benefits.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civic.common.problem.Problem;
import org.civic.common.problem.ProblemException;

/**
 * One rule version, parsed: the programme's criteria and, per benefit, optional criteria that apply on top
 * (the red-cross relief of the blood-donor programme also needs a household in hardship).
 */
public record Rule(Criterion criteria, Map<String, Criterion> benefitCriteria) {

    /**
     * Parses and validates; 400 naming every offending path ({@code criteria.any[2].op}) otherwise.
     * {@code benefitCodes} are the keys benefitCriteria may use; null accepts any.
     */
    public static Rule parse(JsonNode criteria, JsonNode benefitCriteria, Set<String> benefitCodes) {
        List<Problem.Violation> violations = new ArrayList<>();
        Criterion parsed = RuleParser.parse(criteria, "criteria", violations);
        Map<String, Criterion> perBenefit = new LinkedHashMap<>();
        if (benefitCriteria != null && !benefitCriteria.isNull()) {
            if (!benefitCriteria.isObject()) {
                violations.add(new Problem.Violation("benefitCriteria", "must be an object keyed by benefit code"));
            } else {
                benefitCriteria.fields().forEachRemaining(entry -> {
                    String path = "benefitCriteria." + entry.getKey();
                    if (benefitCodes != null && !benefitCodes.contains(entry.getKey())) {
                        violations.add(new Problem.Violation(path, "is not a benefit of this programme"));
                    } else {
                        perBenefit.put(entry.getKey(), RuleParser.parse(entry.getValue(), path, violations));
                    }
                });
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations);
        }
        return new Rule(parsed, Map.copyOf(perBenefit));
    }

    public Evaluation evaluate(Facts facts) {
        return RuleEvaluator.evaluate(criteria, facts);
    }

    /** A benefit's evaluation: the programme's criteria and the benefit's own, given the programme's result. */
    public Evaluation evaluateBenefit(Evaluation programme, Facts facts, String benefitCode) {
        Criterion own = benefitCriteria.get(benefitCode);
        return own == null ? programme : programme.and(RuleEvaluator.evaluate(own, facts));
    }
}
