package org.civic.benefits.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parsed, validated criteria tree. {@code path} locates the node in the rule as written
 * ({@code criteria.all[1].any[0]}), so explanations and errors point at it.
 */
public sealed interface Criterion {

    String path();

    record All(String path, List<Criterion> children) implements Criterion {}

    record Any(String path, List<Criterion> children) implements Criterion {}

    record Not(String path, Criterion child) implements Criterion {}

    /**
     * {@code value} is the operand as written (for the explanation); {@code operands} the same as text:
     * one for eq, gte, lte and withinRegion, several for in, none for exists.
     */
    record Condition(
            String path,
            FactType fact,
            Operator op,
            JsonNode value,
            List<String> operands,
            LocalizedText explanation,
            String article)
            implements Criterion {}
}
