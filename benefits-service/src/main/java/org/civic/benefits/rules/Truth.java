package org.civic.benefits.rules;

/** Kleene's three-valued logic: a condition over a fact nobody recorded is UNKNOWN, not false. */
public enum Truth {
    MET,
    NOT_MET,
    UNKNOWN;

    public static Truth of(boolean value) {
        return value ? MET : NOT_MET;
    }

    public Truth and(Truth other) {
        if (this == NOT_MET || other == NOT_MET) {
            return NOT_MET;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
    }

    public Truth or(Truth other) {
        if (this == MET || other == MET) {
            return MET;
        }
        return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NOT_MET;
    }

    public Truth not() {
        return switch (this) {
            case MET -> NOT_MET;
            case NOT_MET -> MET;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
