package org.civic.benefits.rules;

/**
 * Patterns of the codes clients send, and their longest lengths, which the fields and parameters also state with
 * {@code @Size} (the OpenAPI document's maxLength).
 */
public final class Codes {

    /** Programme and benefit codes, e.g. QZ-BLOOD-DONOR-2025, QZ_BLOOD_HEALTH_CHECK. */
    public static final int CODE_MAX_LENGTH = 64;

    public static final String CODE = "^[A-Z][A-Z0-9_-]{1," + (CODE_MAX_LENGTH - 1) + "}$";
    public static final String CODE_MESSAGE =
            "must be 2 to " + CODE_MAX_LENGTH + " of A-Z, 0-9, '_' and '-', starting " + "with a letter";
    public static final String REGION = Regions.CODE;
    public static final int REGION_MAX_LENGTH = Regions.CODE_MAX_LENGTH;
    public static final String REGION_MESSAGE = "must be a 6, 9 or 12 digit GB/T 2260 region code";
    public static final int MOBILE_LENGTH = 11;
    public static final String MOBILE = "^1[3-9][0-9]{" + (MOBILE_LENGTH - 2) + "}$";
    /** A CNY amount of a benefit: its whole digits, its pattern as written and its longest text. */
    public static final int AMOUNT_DIGITS = 10;

    public static final String AMOUNT = "^[0-9]{1," + AMOUNT_DIGITS + "}(\\.[0-9]{1,2})?$";
    public static final int AMOUNT_MAX_LENGTH = AMOUNT_DIGITS + 3;

    private Codes() {}
}
