package org.civic.gateway.api;

/**
 * Conventions of the gateway's own schemas, resolved when the merged document is built (service/ApiDocument): a view
 * part is described by the schema of the service that answers it, named as the merged document names it
 * ({@code RegistryProjectView}); a list part names its items' schema in {@link #ITEMS_REF}, as OpenAPI annotations
 * cannot give a reference as an array's items; a part that is one of several schemas names them in
 * {@link #ONE_OF_REFS}; an optional part says so with {@link #OPTIONAL} (the annotations' nullable would describe
 * Jackson's JsonNode instead).
 */
public final class ApiSchemas {

    public static final String ITEMS_REF = "x-items-ref";
    /** Comma-separated schema names (as the merged document names them): the part is one of them. */
    public static final String ONE_OF_REFS = "x-one-of-refs";
    /** On an optional part: it is null when its service failed (listed in degraded) or has nothing. */
    public static final String OPTIONAL = "x-optional-part";

    private ApiSchemas() {}
}
