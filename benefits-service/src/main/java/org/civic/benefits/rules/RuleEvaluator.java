package org.civic.benefits.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Evaluates a criteria tree over facts in three-valued logic. A condition on a fact with no valid value
 * is UNKNOWN; all/any/not combine as in Kleene's logic. The missing facts are those under UNKNOWN
 * nodes only: a fact that could not change the answer is not asked for.
 */
public final class RuleEvaluator {

    private final Facts facts;
    private final Map<Criterion, Truth> truths = new IdentityHashMap<>();
    private final List<ConditionResult> conditions = new ArrayList<>();

    private RuleEvaluator(Facts facts) {
        this.facts = facts;
    }

    public static Evaluation evaluate(Criterion criteria, Facts facts) {
        RuleEvaluator evaluator = new RuleEvaluator(facts);
        Truth truth = evaluator.truth(criteria);
        Set<String> missing = new LinkedHashSet<>();
        if (truth == Truth.UNKNOWN) {
            evaluator.collectMissing(criteria, missing);
        }
        return new Evaluation(truth, List.copyOf(evaluator.conditions), List.copyOf(missing));
    }

    private Truth truth(Criterion criterion) {
        Truth truth;
        if (criterion instanceof Criterion.All all) {
            truth = all.children().stream().map(this::truth).reduce(Truth.MET, Truth::and);
        } else if (criterion instanceof Criterion.Any any) {
            truth = any.children().stream().map(this::truth).reduce(Truth.NOT_MET, Truth::or);
        } else if (criterion instanceof Criterion.Not not) {
            truth = truth(not.child()).not();
        } else {
            truth = condition((Criterion.Condition) criterion);
        }
        truths.put(criterion, truth);
        return truth;
    }

    private Truth condition(Criterion.Condition condition) {
        Optional<List<String>> known = facts.values(condition.fact());
        Truth truth = known.map(values -> test(condition, values)).orElse(Truth.UNKNOWN);
        conditions.add(new ConditionResult(
                condition.path(),
                condition.fact().json,
                condition.op().json,
                condition.value(),
                truth,
                condition.explanation(),
                condition.article(),
                known.orElse(List.of())));
        return truth;
    }

    private static Truth test(Criterion.Condition condition, List<String> values) {
        List<String> operands = condition.operands();
        return switch (condition.op()) {
            case EXISTS -> Truth.of(!values.isEmpty());
            case EQ -> Truth.of(values.contains(operands.get(0)));
            case IN -> Truth.of(values.stream().anyMatch(operands::contains));
            case GTE -> ordered(condition.fact(), values, operands.get(0), order -> order >= 0);
            case LTE -> ordered(condition.fact(), values, operands.get(0), order -> order <= 0);
            case WITHIN_REGION -> Truth.of(values.stream().anyMatch(v -> Regions.within(v, operands.get(0))));
        };
    }

    /** gte and lte on dates and ages; an age below 0 (born after the evaluation date) satisfies nothing. */
    private static Truth ordered(FactType fact, List<String> values, String operand, IntPredicate accepts) {
        String value = values.get(0);
        if (fact.kind == FactType.Kind.YEARS) {
            int years = Integer.parseInt(value);
            return Truth.of(years >= 0 && accepts.test(Integer.compare(years, Integer.parseInt(operand))));
        }
        return Truth.of(accepts.test(LocalDate.parse(value).compareTo(LocalDate.parse(operand))));
    }

    private void collectMissing(Criterion criterion, Set<String> missing) {
        if (truths.get(criterion) != Truth.UNKNOWN) {
            return;
        }
        if (criterion instanceof Criterion.All all) {
            all.children().forEach(child -> collectMissing(child, missing));
        } else if (criterion instanceof Criterion.Any any) {
            any.children().forEach(child -> collectMissing(child, missing));
        } else if (criterion instanceof Criterion.Not not) {
            collectMissing(not.child(), missing);
        } else {
            missing.add(((Criterion.Condition) criterion).fact().source().json);
        }
    }
}
