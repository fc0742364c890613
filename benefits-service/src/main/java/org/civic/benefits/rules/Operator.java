package org.civic.benefits.rules;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

/** The operators a condition may use; which apply to which fact is fixed by {@link FactType}. */
public enum Operator {
    EQ("eq"),
    IN("in"),
    GTE("gte"),
    LTE("lte"),
    EXISTS("exists"),
    WITHIN_REGION("withinRegion");

    public final String json;

    Operator(String json) {
        this.json = json;
    }

    public static Optional<Operator> ofJson(String name) {
        return Arrays.stream(values()).filter(op -> op.json.equals(name)).findFirst();
    }

    /** Every operator as rules write it: "eq, in, gte, lte, exists, withinRegion". */
    public static String catalogue() {
        return names(EnumSet.allOf(Operator.class));
    }

    /** {@code operators} as rules write them, comma-separated, in declaration order. */
    public static String names(Collection<Operator> operators) {
        return operators.stream().sorted().map(op -> op.json).collect(Collectors.joining(", "));
    }
}
