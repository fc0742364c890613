package org.civic.benefits.rules;

import java.util.Arrays;
import java.util.Optional;

/** The operators a condition may use; which apply to which fact is fixed by {@link FactType}. */
public enum Operator {
    EQ("eq"), IN("in"), GTE("gte"), LTE("lte"), EXISTS("exists"), WITHIN_REGION("withinRegion");

    public final String json;

    Operator(String json) {
        this.json = json;
    }

    public static Optional<Operator> ofJson(String name) {
        return Arrays.stream(values()).filter(op -> op.json.equals(name)).findFirst();
    }
}
