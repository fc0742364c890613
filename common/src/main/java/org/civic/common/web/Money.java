package org.civic.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The suite's one format for an amount of money (CNY) in a body: a JSON string with exactly two decimals,
 * {@code "553000000.00"}, never a number (JSON numbers lose cents in many clients and come out as 5.53E8), and
 * {@code null} when the amount is unknown. The registry's columns are numeric(…, 2) and write the same text.
 */
public final class Money {

    public static final String PATTERN = "^-?[0-9]{1,16}\\.[0-9]{2}$";
    public static final String DESCRIPTION =
            "An amount in CNY as a string with two decimals (\"553000000.00\"); null when unknown.";

    private Money() {}

    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
