package org.civic.registry.api;

/**
 * Patterns of the codes clients send, shared by the API models and the CSV import, and their longest lengths: each
 * pattern is built from its length, which the fields and parameters also state with {@code @Size} (the OpenAPI
 * document's maxLength).
 */
public final class Codes {

    public static final int REGION_MAX_LENGTH = 12;
    public static final String REGION = "^[0-9]{6," + REGION_MAX_LENGTH + "}$";
    public static final int DEPARTMENT_MAX_LENGTH = 40;
    public static final String DEPARTMENT = "^[A-Z0-9][A-Z0-9-]{1," + (DEPARTMENT_MAX_LENGTH - 1) + "}$";
    public static final int DOMAIN_MAX_LENGTH = 32;
    public static final String DOMAIN = "^[A-Z][A-Z0-9_]{0," + (DOMAIN_MAX_LENGTH - 1) + "}$";
    public static final int PROJECT_MAX_LENGTH = 40;
    public static final String PROJECT = "^[A-Za-z0-9][A-Za-z0-9._-]{0," + (PROJECT_MAX_LENGTH - 1) + "}$";
    public static final int INDICATOR_MAX_LENGTH = 40;
    public static final String INDICATOR = "^[a-z][a-z0-9_]{0," + (INDICATOR_MAX_LENGTH - 1) + "}$";

    private Codes() {}
}
