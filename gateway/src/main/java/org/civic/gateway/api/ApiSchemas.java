package org.civic.gateway.api;

/**
 * Conventions of the gateway's own schemas, resolved when the merged document is built (service/ApiDocument): a view
 * part is described by the schema of the service that answers it, named as the merged document names it
 * ({@code RegistryProjectView}); a list part names its items' schema in {@link #ITEMS_REF}, as OpenAPI annotations
 * cannot give a reference as an array's items.
 */
public final class ApiSchemas {

    public static final String ITEMS_REF = "x-items-ref";

    private ApiSchemas() {
    }
}
