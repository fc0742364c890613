package org.civic.common.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Set;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.lang.HashUtil;

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

    private GatewayIdentity() {}

    public static String sign(PrivateKey key, String name, Set<String> groups, String department, Duration lifetime) {
        return sign(ISSUER, key, name, groups, department, lifetime);
    }

    static String sign(
            String issuer, PrivateKey key, String name, Set<String> groups, String department, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .upn(name)
                .subject(name)
                .groups(groups)
                .expiresIn(lifetime);
        if (department != null) {
            claims.claim(DEPARTMENT_CLAIM, department);
        }
        return claims.jws().keyId(keyId(key)).sign(key);
    }

    /**
     * The key id a token names: the RFC 7638 thumbprint of the public half. A service verifying with a JWKS that
     * holds the old and the new key picks the right one, so the gateway's key can be rotated without downtime.
     */
    public static String keyId(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalArgumentException("the gateway signs with an RSA key (RS256)");
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return new RsaJsonWebKey(publicKey).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the key id", e);
        }
    }
}
