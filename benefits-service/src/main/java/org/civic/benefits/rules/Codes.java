package org.civic.benefits.rules;

/** Patterns of the codes clients send. */
public final class Codes {

    /** Programme and benefit codes, e.g. QZ-BLOOD-DONOR-2025, QZ_BLOOD_HEALTH_CHECK. */
    public static final String CODE = "^[A-Z][A-Z0-9_-]{1,63}$";
    public static final String CODE_MESSAGE = "must be 2 to 64 of A-Z, 0-9, '_' and '-', starting with a letter";
    public static final String REGION = Regions.CODE;
    public static final String REGION_MESSAGE = "must be a 6, 9 or 12 digit GB/T 2260 region code";
    public static final String MOBILE = "^1[3-9][0-9]{9}$";

    private Codes() {
    }
}
