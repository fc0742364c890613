package org.civic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's own rules. Everything it forwards is decided by the service that owns it (see each service's
 * README): the gateway only authenticates the caller, signs who it is and limits its rate.
 */
@ApplicationScoped
public class AccessRules {

    /** Paths open to everyone: the API's documentation. */
    public boolean open(String path) {
        return path.equals("openapi") || path.equals("openapi.yaml") || path.startsWith("docs");
    }

    /** Null when allowed, otherwise why not (for a 403). */
    public String refusal(String path, EdgeCaller caller) {
        return path.startsWith("admin/") && !caller.has("admin") ? "managing API clients needs the admin role" : null;
    }
}
