package org.civic.common.web;

import java.math.BigDecimal;

public final class Decimals {

    private Decimals() {}

    /** 23000.0000 read from a numeric column answers as 23000, and 2.3E+4 never appears. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
