package org.civic.benefits.rules;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.civic.benefits.api.SanctionStep;
import org.civic.common.problem.Problem;

/**
 * The sanction rule language: steps numbered 1, 2, … in order, a SUSPEND with a positive period, a REVOKE with none
 * and nothing after it. Every error is reported with its path ({@code steps[1].duration}).
 */
public final class SanctionSteps {

    private SanctionSteps() {}

    public static List<Problem.Violation> problems(List<SanctionStep> steps) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SanctionStep step = steps.get(i);
            String path = "steps[" + i + "].";
            if (step.offence() != i + 1) {
                violations.add(new Problem.Violation(
                        path + "offence", "must be " + (i + 1) + ": steps number offences 1, 2, … in order"));
            }
            if (step.action() == SanctionStep.Action.SUSPEND) {
                if (step.duration() == null) {
                    violations.add(
                            new Problem.Violation(path + "duration", "a suspension needs a duration such as P1Y"));
                } else if (step.duration().matches("P(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,4}D)?")
                        && (step.duration().equals("P")
                                || Period.parse(step.duration()).isZero())) {
                    violations.add(new Problem.Violation(path + "duration", "must be longer than nothing"));
                }
            } else if (step.action() == SanctionStep.Action.REVOKE) {
                if (step.duration() != null) {
                    violations.add(new Problem.Violation(path + "duration", "a revocation is for good: no duration"));
                }
                if (i < steps.size() - 1) {
                    violations.add(new Problem.Violation("steps[" + (i + 1) + "]", "nothing can follow a revocation"));
                }
            }
        }
        return violations;
    }

    /** The step for the n-th offence: its own, or the last one for every offence beyond the rule's steps. */
    public static SanctionStep forOffence(List<SanctionStep> steps, int offence) {
        return steps.get(Math.min(offence, steps.size()) - 1);
    }
}
