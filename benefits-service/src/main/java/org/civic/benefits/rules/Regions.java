package org.civic.benefits.rules;

/**
 * Region containment by GB/T 2260 code structure, without asking the registry: digits 1–2 name the
 * province, 3–4 the city, 5–6 the county or district (9 and 12 digit codes add township and village).
 * A region's significant prefix is its code without the trailing zero groups that mean "the whole
 * level": 350500 (泉州市) → 3505, 350000 (福建省) → 35, 350582 (晋江市) → 350582,
 * 350582101000 → 350582101. A code lies within a region when it starts with that prefix, so 350582 and
 * 350502 are within 350500, and 350500 is within itself.
 */
public final class Regions {

    public static final String CODE = "^[0-9]{6}([0-9]{3}){0,2}$";
    /** The longest code {@link #CODE} takes: 6 digits and two groups of 3. */
    public static final int CODE_MAX_LENGTH = 12;

    private Regions() {}

    public static String significantPrefix(String regionCode) {
        String code = regionCode;
        while (code.length() > 6 && code.endsWith("000")) {
            code = code.substring(0, code.length() - 3);
        }
        if (code.length() == 6) {
            while (code.length() > 2 && code.endsWith("00")) {
                code = code.substring(0, code.length() - 2);
            }
        }
        return code;
    }

    public static boolean within(String code, String region) {
        return code.startsWith(significantPrefix(region));
    }
}
