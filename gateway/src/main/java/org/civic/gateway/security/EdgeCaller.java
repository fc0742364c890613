package org.civic.gateway.security;

import java.util.Set;

/**
 * Who is calling the public edge, as the gateway authenticated it: an API client (scopes) or a staff member (roles
 * from a verified JWT; an editor also carries its department). {@code name} is what the services record as the actor;
 * {@code rateKey} names its rate-limit bucket (the client's id, or the staff member). The services see it only as the
 * identity the gateway signs from it, which common's {@code Caller} reads there.
 */
public record EdgeCaller(
        String name, String rateKey, Set<String> scopes, Set<String> roles, String department, int ratePerMinute) {

    public boolean has(String role) {
        return roles.contains(role);
    }
}
