package org.civic.gateway.security;

import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.civic.common.security.GatewayIdentity;
import org.civic.gateway.config.GatewayConfig;

/**
 * Signs the identity the services verify ("Bearer" + a short-lived RS256 JWT). Signing costs about a
 * millisecond of CPU, so one identity per caller is reused for half its lifetime rather than signed per request.
 */
@ApplicationScoped
public class IdentitySigner {

    private static final int MAX_CACHED = 10_000;

    private final PrivateKey key;
    private final Duration lifetime;
    private final Map<EdgeCaller, Signed> cache = new ConcurrentHashMap<>();

    public IdentitySigner(GatewayConfig config) throws GeneralSecurityException, IOException {
        this.key = KeyUtils.readPrivateKey(config.identity().signingKey());
        this.lifetime = config.identity().lifetime();
    }

    public String bearerFor(EdgeCaller caller) {
        Instant now = Instant.now();
        Signed signed = cache.get(caller);
        if (signed == null || signed.renewAfter().isBefore(now)) {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            Set<String> groups = new HashSet<>(caller.roles());
            groups.addAll(caller.scopes());
            signed = new Signed(
                    "Bearer " + GatewayIdentity.sign(key, caller.name(), groups, caller.department(), lifetime),
                    now.plus(lifetime.dividedBy(2)));
            cache.put(caller, signed);
        }
        return signed.header();
    }

    private record Signed(String header, Instant renewAfter) {}
}
