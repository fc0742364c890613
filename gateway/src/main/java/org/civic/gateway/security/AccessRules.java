package org.civic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.civic.common.security.Roles;

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
        if (path.startsWith("admin/") && !caller.has("admin")) {
            return "managing API clients needs the admin role";
        }
        if ((path.equals("webhooks") || path.startsWith("webhooks/"))
                && !caller.scopes().contains(Roles.PUBLIC_READ)) {
            return "webhooks are for API clients with the public:read scope";
        }
        return null;
    }
}
