package org.civic.benefits.rules;

/** What eligibility answers, from the truth of a programme's (and benefit's) criteria. */
public enum Outcome {
    ELIGIBLE,
    INELIGIBLE,
    UNDETERMINED;

    public static Outcome of(Truth truth) {
        return switch (truth) {
            case MET -> ELIGIBLE;
            case NOT_MET -> INELIGIBLE;
            case UNKNOWN -> UNDETERMINED;
        };
    }
}
