package org.civic.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Verifies each distinct token once and remembers it until it expires. The gateway reuses one identity per
 * caller for a minute, so without this every request paid for parsing and an RSA verification (about 15 % of
 * the registry's CPU per read, measured with JFR; see docs/benchmarks.md). Only a token verified before, byte
 * for byte, is answered from here; anything else goes through smallrye-jwt's full checks.
 *
 * <p>A token whose issuer is {@value ServiceIdentity#ISSUER} is checked against the service key instead
 * ({@code civic.service-identity.public-key}; without one, service identities are refused) and must carry exactly
 * {@value ServiceIdentity#ROLE}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {

    private static final int MAX_REMEMBERED = 10_000;

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();
    private final Optional<PublicKey> serviceKey;

    public VerifiedTokens(@ConfigProperty(name = "civic.service-identity.public-key") Optional<String> serviceKey)
            throws GeneralSecurityException, IOException {
        this.serviceKey =
                serviceKey.isEmpty() ? Optional.empty() : Optional.of(KeyUtils.readPublicKey(serviceKey.get()));
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > Instant.now().getEpochSecond()) {
                return known;
            }
            verified.remove(token);
        }
        JWTCallerPrincipal principal = ServiceIdentity.ISSUER.equals(claimedIssuer(token))
                ? verifyService(token, context)
                : verifier.parse(token, context);
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }

    private JWTCallerPrincipal verifyService(String token, JWTAuthContextInfo context) throws ParseException {
        if (serviceKey.isEmpty()) {
            throw new ParseException("this service accepts no service identities");
        }
        JWTAuthContextInfo service = new JWTAuthContextInfo(serviceKey.get(), ServiceIdentity.ISSUER);
        service.setExpectedAudience(context.getExpectedAudience());
        JWTCallerPrincipal principal = verifier.parse(token, service);
        if (!principal.getGroups().equals(Set.of(ServiceIdentity.ROLE))
                || !principal.getName().startsWith(ServiceIdentity.NAME_PREFIX)) {
            throw new ParseException("a service identity carries only the role " + ServiceIdentity.ROLE);
        }
        return principal;
    }

    /** The issuer a token claims, before anything is verified: it only picks the key that must verify it. */
    private static String claimedIssuer(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return JwtClaims.parse(payload).getIssuer();
        } catch (IllegalArgumentException | InvalidJwtException | MalformedClaimException e) {
            return null; // not a readable token: the full checks refuse it
        }
    }
}
