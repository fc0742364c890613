package org.civic.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies each distinct token once and remembers it until it expires. The gateway reuses one identity per
 * caller for a minute, so without this every request paid for parsing and an RSA verification (about 15 % of
 * the registry's CPU per read, measured with JFR; see docs/benchmarks.md). Only a token verified before, byte
 * for byte, is answered from here; anything else goes through smallrye-jwt's full checks.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private static final int MAX_REMEMBERED = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > Instant.now().getEpochSecond()) {
                return known;
            }
            verified.remove(token);
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }
}
