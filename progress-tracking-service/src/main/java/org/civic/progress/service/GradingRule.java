package org.civic.progress.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civic.common.problem.Problem;

/**
 * A 满意度测评 grading rule as data (table {@code evaluation_rule}): a quorum, then grades tried in order, each a share
 * of the members (or of those present) that the votes it counts must exceed ({@code moreThan}) or reach
 * ({@code atLeast}); {@code otherwise} when none holds. Pure; {@link #parse} reports every error with its path.
 */
public final class GradingRule {

    public static final Set<String> GRADES = Set.of("SATISFIED", "BASICALLY_SATISFIED", "NOT_SATISFIED");
    public static final Set<String> VOTES = Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "ABSTAINED");
    private static final Set<String> BASES = Set.of("MEMBERS", "PRESENT");

    /** The votes on one project. */
    public record Tally(int satisfied, int basicallySatisfied, int dissatisfied, int abstained) {
        int of(String vote) {
            return switch (vote) {
                case "SATISFIED" -> satisfied;
                case "BASICALLY_SATISFIED" -> basicallySatisfied;
                case "DISSATISFIED" -> dissatisfied;
                default -> abstained;
            };
        }

        public int total() {
            return satisfied + basicallySatisfied + dissatisfied + abstained;
        }
    }

    private record Share(String of, BigDecimal fraction, boolean strictly) {
        boolean reachedBy(int count, int members, int present) {
            BigDecimal base = BigDecimal.valueOf(of.equals("MEMBERS") ? members : present);
            int compared = BigDecimal.valueOf(count).compareTo(base.multiply(fraction));
            return strictly ? compared > 0 : compared >= 0;
        }

        @Override
        public String toString() {
            return (strictly ? "more than " : "at least ")
                    + fraction.stripTrailingZeros().toPlainString() + " of " + of.toLowerCase();
        }
    }

    private record Grade(String grade, List<String> counts, Share share) {}

    private final Share quorum;
    private final List<Grade> grades;
    private final String otherwise;

    private GradingRule(Share quorum, List<Grade> grades, String otherwise) {
        this.quorum = quorum;
        this.grades = grades;
        this.otherwise = otherwise;
    }

    /** The rule, or the violations of its definition, each with its path ({@code definition.grades[1].of}). */
    public static GradingRule parse(JsonNode definition, List<Problem.Violation> violations) {
        String path = "definition";
        if (definition == null || !definition.isObject()) {
            violations.add(new Problem.Violation(path, "must be an object"));
            return null;
        }
        Share quorum = share(definition.path("quorum"), path + ".quorum", violations);
        JsonNode gradeNodes = definition.path("grades");
        List<Grade> grades = new ArrayList<>();
        if (!gradeNodes.isArray() || gradeNodes.isEmpty()) {
            violations.add(new Problem.Violation(path + ".grades", "must be a non-empty array"));
        } else {
            for (int i = 0; i < gradeNodes.size(); i++) {
                String at = path + ".grades[" + i + "]";
                JsonNode node = gradeNodes.get(i);
                String grade = grade(node.path("grade"), at + ".grade", violations);
                List<String> counts = new ArrayList<>();
                JsonNode countNodes = node.path("counts");
                if (!countNodes.isArray() || countNodes.isEmpty()) {
                    violations.add(new Problem.Violation(at + ".counts", "must name the votes it counts"));
                } else {
                    for (int j = 0; j < countNodes.size(); j++) {
                        String vote = countNodes.get(j).asText();
                        if (!VOTES.contains(vote)) {
                            violations.add(new Problem.Violation(at + ".counts[" + j + "]", "must be one of " + VOTES));
                        }
                        counts.add(vote);
                    }
                }
                grades.add(new Grade(grade, counts, share(node, at, violations)));
            }
        }
        String otherwise = grade(definition.path("otherwise"), path + ".otherwise", violations);
        return violations.isEmpty() ? new GradingRule(quorum, List.copyOf(grades), otherwise) : null;
    }

    private static String grade(JsonNode node, String path, List<Problem.Violation> violations) {
        if (!GRADES.contains(node.asText())) {
            violations.add(new Problem.Violation(path, "must be one of " + GRADES));
        }
        return node.asText();
    }

    private static Share share(JsonNode node, String path, List<Problem.Violation> violations) {
        if (!node.isObject()) {
            violations.add(new Problem.Violation(path, "must be an object with of and moreThan or atLeast"));
            return null;
        }
        String of = node.path("of").asText();
        if (!BASES.contains(of)) {
            violations.add(new Problem.Violation(path + ".of", "must be one of " + BASES));
        }
        boolean strictly = node.has("moreThan");
        JsonNode fraction = strictly ? node.get("moreThan") : node.get("atLeast");
        if (fraction == null
                || !fraction.isNumber()
                || fraction.decimalValue().signum() < 0
                || fraction.decimalValue().compareTo(BigDecimal.ONE) > 0) {
            violations.add(new Problem.Violation(path, "needs moreThan or atLeast, a fraction from 0 to 1"));
            return null;
        }
        return new Share(of, fraction.decimalValue(), strictly);
    }

    /** Null when the quorum is met, else why not. */
    public String quorumFailure(int members, int present) {
        return quorum.reachedBy(present, members, present)
                ? null
                : present + " of " + members + " members present; the quorum is " + quorum;
    }

    public String grade(Tally tally, int members, int present) {
        for (Grade grade : grades) {
            int count = grade.counts().stream().mapToInt(tally::of).sum();
            if (grade.share().reachedBy(count, members, present)) {
                return grade.grade();
            }
        }
        return otherwise;
    }
}
