package org.civic.benefits.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of evaluating criteria: the truth, every condition's result in rule order, and the recorded
 * facts whose absence keeps it UNKNOWN (empty when the answer is decided).
 */
public record Evaluation(Truth truth, List<ConditionResult> conditions, List<String> missingFacts) {

    /** Criteria that are always met: a benefit without criteria of its own. */
    public static final Evaluation MET = new Evaluation(Truth.MET, List.of(), List.of());

    public Outcome outcome() {
        return Outcome.of(truth);
    }

    /** Both must hold, as a benefit's criteria add to its programme's. */
    public Evaluation and(Evaluation other) {
        Truth combined = truth.and(other.truth);
        List<ConditionResult> all = new ArrayList<>(conditions);
        all.addAll(other.conditions);
        Set<String> missing = new LinkedHashSet<>();
        if (combined == Truth.UNKNOWN) {
            missing.addAll(missingFacts);
            missing.addAll(other.missingFacts);
        }
        return new Evaluation(combined, List.copyOf(all), List.copyOf(missing));
    }
}
