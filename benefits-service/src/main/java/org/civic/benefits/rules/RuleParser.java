package org.civic.benefits.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civic.common.problem.Problem;

/**
 * Reads a criteria tree written as JSON: {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": {...}}}
 * or a condition {@code {"fact", "op", "value", "explanation": {"zh", "en"}, "article"}}. Every problem is
 * collected with the path of the offending member ({@code criteria.any[2].op}) so that one 400 names them all.
 */
public final class RuleParser {

    static final int MAX_CHILDREN = 50;
    static final int MAX_DEPTH = 12;
    static final int MAX_IN_VALUES = 100;
    private static final Set<String> COMPOSITES = Set.of("all", "any", "not");
    private static final Set<String> CONDITION_MEMBERS = Set.of("fact", "op", "value", "explanation", "article");

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** Parses {@code node}, or returns null after adding violations; {@code path} names its place in the request. */
    public static Criterion parse(JsonNode node, String path, List<Problem.Violation> violations) {
        RuleParser parser = new RuleParser();
        Criterion criterion = parser.node(node, path, 1);
        violations.addAll(parser.violations);
        return parser.violations.isEmpty() ? criterion : null;
    }

    private Criterion node(JsonNode node, String path, int depth) {
        if (node == null || !node.isObject()) {
            return fail(
                    path,
                    "must be an object: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or a condition "
                            + "{\"fact\", \"op\", \"value\", \"explanation\"}");
        }
        if (depth > MAX_DEPTH) {
            return fail(path, "nests deeper than " + MAX_DEPTH + " levels");
        }
        List<String> members = new ArrayList<>();
        node.fieldNames().forEachRemaining(members::add);
        List<String> composites = members.stream().filter(COMPOSITES::contains).toList();
        if (composites.size() > 1 || !composites.isEmpty() && members.contains("fact")) {
            return fail(path, "must be exactly one of all, any, not or a condition, not several");
        }
        if (composites.isEmpty()) {
            return condition(node, path, members);
        }
        String operator = composites.get(0);
        members.stream().filter(m -> !m.equals(operator)).forEach(m -> fail(path + "." + m, "unknown field"));
        String childPath = path + "." + operator;
        if (operator.equals("not")) {
            Criterion child = node(node.get("not"), childPath, depth + 1);
            return child == null ? null : new Criterion.Not(path, child);
        }
        JsonNode items = node.get(operator);
        if (!items.isArray() || items.isEmpty() || items.size() > MAX_CHILDREN) {
            return fail(childPath, "must be an array of 1 to " + MAX_CHILDREN + " criteria");
        }
        List<Criterion> children = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            children.add(node(items.get(i), childPath + "[" + i + "]", depth + 1));
        }
        if (children.contains(null)) {
            return null;
        }
        return operator.equals("all") ? new Criterion.All(path, children) : new Criterion.Any(path, children);
    }

    private Criterion condition(JsonNode node, String path, List<String> members) {
        int before = violations.size();
        members.stream()
                .filter(m -> !CONDITION_MEMBERS.contains(m))
                .forEach(m -> fail(path + "." + m, "unknown field"));
        FactType fact = fact(node.get("fact"), path + ".fact");
        Operator op = operator(node.get("op"), fact, path + ".op");
        List<String> operands =
                fact == null || op == null ? List.of() : operands(node.get("value"), fact, op, path + ".value");
        LocalizedText explanation = explanation(node.get("explanation"), path + ".explanation");
        String article = text(node.get("article"), path + ".article", 200, false);
        if (violations.size() > before) {
            return null;
        }
        return new Criterion.Condition(path, fact, op, node.get("value"), List.copyOf(operands), explanation, article);
    }

    private FactType fact(JsonNode node, String path) {
        String name = text(node, path, 40, true);
        if (name == null) {
            return null;
        }
        Optional<FactType> fact = FactType.ofJson(name);
        if (fact.isEmpty()) {
            fail(path, "unknown fact '" + name + "'; known facts: " + FactType.catalogue());
        }
        return fact.orElse(null);
    }

    private Operator operator(JsonNode node, FactType fact, String path) {
        String name = text(node, path, 40, true);
        if (name == null) {
            return null;
        }
        Optional<Operator> op = Operator.ofJson(name);
        if (op.isEmpty()) {
            fail(path, "unknown operator '" + name + "'; known operators: " + Operator.catalogue());
            return null;
        }
        if (fact != null && !fact.operators.contains(op.get())) {
            fail(path, "'" + name + "' does not apply to " + fact.json + "; use one of " + fact.operatorNames());
            return null;
        }
        return op.get();
    }

    private List<String> operands(JsonNode value, FactType fact, Operator op, String path) {
        boolean absent = value == null || value.isNull();
        if (op == Operator.EXISTS) {
            if (!absent) {
                fail(path, "exists takes no value");
            }
            return List.of();
        }
        if (absent) {
            fail(path, "required for " + op.json);
            return List.of();
        }
        if (op == Operator.IN) {
            if (!value.isArray() || value.isEmpty() || value.size() > MAX_IN_VALUES) {
                fail(path, "must be an array of 1 to " + MAX_IN_VALUES + " values");
                return List.of();
            }
            List<String> operands = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                operands.add(scalar(value.get(i), fact, path + "[" + i + "]"));
            }
            return operands;
        }
        List<String> operand = new ArrayList<>();
        operand.add(scalar(value, fact, path));
        return operand;
    }

    private String scalar(JsonNode value, FactType fact, String path) {
        boolean years = fact.kind == FactType.Kind.YEARS;
        if (years ? !value.isIntegralNumber() : !value.isTextual()) {
            fail(path, years ? "must be a whole number" : "must be a string");
            return null;
        }
        String text = value.asText();
        String problem = fact.ruleValueProblem(text);
        if (problem != null) {
            fail(path, problem);
        }
        return text;
    }

    private LocalizedText explanation(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            fail(path, "required: {\"zh\": \"…\", \"en\": \"…\"} saying what the condition means");
            return null;
        }
        Iterator<Map.Entry<String, JsonNode>> members = node.fields();
        while (members.hasNext()) {
            String name = members.next().getKey();
            if (!name.equals("zh") && !name.equals("en")) {
                fail(path + "." + name, "unknown field");
            }
        }
        return new LocalizedText(
                text(node.get("zh"), path + ".zh", 500, true), text(node.get("en"), path + ".en", 500, true));
    }

    private String text(JsonNode node, String path, int maxLength, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                fail(path, "required");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank() || node.asText().length() > maxLength) {
            fail(path, "must be a non-blank string of at most " + maxLength + " characters");
            return null;
        }
        return node.asText().strip();
    }

    private Criterion fail(String path, String message) {
        violations.add(new Problem.Violation(path, message));
        return null;
    }
}
