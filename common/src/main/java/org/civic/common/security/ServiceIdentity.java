package org.civic.common.security;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * The identity one service uses when it calls another on its own behalf, outside any user's request (progress
 * following the registry's change feed). It is signed with the calling service's own key, under its own issuer
 * {@value #ISSUER}, and may carry only {@value #ROLE}: staff's read-only role, so it reads drafts and writes nothing.
 * A service that accepts such calls names the key in {@code civic.service-identity.public-key}; {@link VerifiedTokens}
 * refuses any other role under this issuer, so the key cannot mint an admin.
 */
public final class ServiceIdentity {

    public static final String ISSUER = "civic-service";
    public static final String ROLE = Roles.DASHBOARD;
    /** Principal names of service identities start with this: recorded wherever a caller's name is. */
    public static final String NAME_PREFIX = "service:";

    private ServiceIdentity() {}

    public static String sign(PrivateKey key, String service, Duration lifetime) {
        return GatewayIdentity.sign(ISSUER, key, NAME_PREFIX + service, Set.of(ROLE), null, lifetime);
    }
}
