package org.civic.registry.read;

import jakarta.ws.rs.core.Response;

/**
 * Caching headers of the registry's reads. What a read shows depends on who asks (API clients do not see draft
 * programmes, and every request needs an identity — the gateway's API key or a staff token before it), so no
 * answer may be kept by a shared cache and handed to someone else: {@code private}. {@code no-cache} makes a
 * client's own cache revalidate every time (If-None-Match → 304, cheap here), so a change is seen at once.
 * {@code public, max-age=60, stale-while-revalidate=30} would fit only answers that are the same for every caller
 * and may be a minute old; the registry has none.
 */
public final class ReadHeaders {

    public static final String CACHE_CONTROL = "private, no-cache";
    /** The caller's identity decides visibility; compression decides the bytes. */
    public static final String VARY = "Authorization, Accept-Encoding";

    private ReadHeaders() {}

    public static Response.ResponseBuilder callerDependent(Response.ResponseBuilder response) {
        return response.header("Cache-Control", CACHE_CONTROL).header("Vary", VARY);
    }
}
