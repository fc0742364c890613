package org.civic.registry.api;

/** Patterns of the codes clients send, shared by the API models and the CSV import. */
public final class Codes {

    public static final String REGION = "^[0-9]{6,12}$";
    public static final String DEPARTMENT = "^[A-Z0-9][A-Z0-9-]{1,39}$";
    public static final String DOMAIN = "^[A-Z][A-Z0-9_]{0,31}$";
    public static final String PROJECT = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    public static final String INDICATOR = "^[a-z][a-z0-9_]{0,39}$";

    private Codes() {
    }
}
