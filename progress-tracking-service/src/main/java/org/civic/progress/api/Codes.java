package org.civic.progress.api;

/**
 * Patterns of the codes and links clients send, and their longest lengths: each pattern is built from its length,
 * which the fields also state with {@code @Size} (the OpenAPI document's maxLength).
 */
public final class Codes {

    public static final int MILESTONE_MAX_LENGTH = 40;
    public static final String MILESTONE = "^[A-Z][A-Z0-9_]{1," + (MILESTONE_MAX_LENGTH - 1) + "}$";
    /** The registry's indicator keys. */
    public static final int INDICATOR_MAX_LENGTH = 40;

    public static final String INDICATOR = "^[a-z][a-z0-9_]{0," + (INDICATOR_MAX_LENGTH - 1) + "}$";
    /** An evidence link, as its column holds it (varchar(2000)); "https://" takes 8 of the characters. */
    public static final int LINK_MAX_LENGTH = 2000;

    public static final String LINK = "^https?://\\S{1," + (LINK_MAX_LENGTH - 8) + "}$";

    private Codes() {}
}
