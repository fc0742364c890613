package org.civic.common.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * The identity the gateway hands to the services: a short-lived RS256 JWT (issuer {@value #ISSUER}, audience
 * {@value #AUDIENCE}) naming the caller, its roles or scopes in {@code groups} and an editor's department. The
 * services verify it with the gateway's public key and refuse every request without one.
 */
public final class GatewayIdentity {

    public static final String ISSUER = "civic-gateway";
    public static final String AUDIENCE = "civic-services";
    /** An editor's department (a UUID); staff tokens from the identity provider carry it under the same name. */
    public static final String DEPARTMENT_CLAIM = "department";

    private GatewayIdentity() {
    }

    public static String sign(PrivateKey key, String name, Set<String> groups, String department, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).upn(name).subject(name).groups(groups)
                .expiresIn(lifetime);
        if (department != null) {
            claims.claim(DEPARTMENT_CLAIM, department);
        }
        return claims.jws().keyId("civic-gateway-identity").sign(key);
    }
}
