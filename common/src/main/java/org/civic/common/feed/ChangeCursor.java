package org.civic.common.feed;

import org.civic.common.problem.ProblemException;

/**
 * A change feed cursor: the decimal position of the last change a reader has seen. Callers treat it as opaque text,
 * so it may carry more later.
 */
public final class ChangeCursor {

    /** The longest cursor: the digits of {@link Long#MAX_VALUE}. */
    public static final int MAX_LENGTH = 19;

    private static final String EXPECTED = "must be a cursor the change feed returned (its `next`)";

    private ChangeCursor() {}

    /** The position in {@code value}; empty (null) when no cursor was given; 400 naming {@code parameter} otherwise. */
    public static Long parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (digits.length() > MAX_LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ProblemException.badRequest(parameter, EXPECTED);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(parameter, EXPECTED);
        }
    }

    public static String format(long position) {
        return Long.toString(position);
    }
}
