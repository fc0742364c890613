package org.civic.benefits.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Pass tokens and revocation lists: compact JWS signed ES256 (jose4j), the key named by {@code kid}, so a validator
 * checks them offline with the published key set alone. A pass carries only its id ({@code jti}), benefit codes
 * ({@code ben}), the site categories they apply at ({@code cat}), issue and expiry times, issuer and audience:
 * nothing that names the citizen. Verification accepts ES256 alone (no "none", no HMAC confusion).
 */
@ApplicationScoped
public class PassTokens {

    static final String ISSUER = "civic-benefits";
    static final String AUDIENCE = "civic-benefit-verification";
    static final String BENEFITS_CLAIM = "ben";
    static final String SITE_CATEGORIES_CLAIM = "cat";
    static final String REVOKED_CLAIM = "revoked";
    static final String SINCE_CLAIM = "since";

    /** A token that verified: its pass id and benefit codes. */
    public record Claims(UUID passId, List<String> benefitCodes) {}

    /** Why a token did not verify. */
    public enum Failure {
        MALFORMED,
        BAD_SIGNATURE,
        EXPIRED
    }

    public static final class InvalidToken extends Exception {
        public final Failure failure;

        InvalidToken(Failure failure) {
            super(failure.name(), null, false, false);
            this.failure = failure;
        }
    }

    public String sign(
            PublicJsonWebKey key,
            UUID passId,
            List<String> benefitCodes,
            List<String> siteCategories,
            Instant issuedAt,
            Instant expiresAt) {
        JwtClaims claims = claims(issuedAt);
        claims.setJwtId(passId.toString());
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
        claims.setStringListClaim(BENEFITS_CLAIM, benefitCodes);
        claims.setStringListClaim(SITE_CATEGORIES_CLAIM, siteCategories);
        return signed(key, claims);
    }

    /** A revocation list: the passes revoked since {@code since} that have not expired, as {passId: revokedAt}. */
    public String signRevocations(PublicJsonWebKey key, Instant issuedAt, Instant since, Map<String, Long> revoked) {
        JwtClaims claims = claims(issuedAt);
        claims.setClaim(SINCE_CLAIM, since == null ? 0 : since.getEpochSecond());
        claims.setClaim(REVOKED_CLAIM, revoked);
        return signed(key, claims);
    }

    public Claims verify(String token, Instant at, JsonWebKeySet keys) throws InvalidToken {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireJwtId()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setEvaluationTime(NumericDate.fromMilliseconds(at.toEpochMilli()))
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            List<String> benefitCodes = claims.getStringListClaimValue(BENEFITS_CLAIM);
            if (benefitCodes == null) {
                throw new InvalidToken(Failure.MALFORMED);
            }
            return new Claims(UUID.fromString(claims.getJwtId()), benefitCodes);
        } catch (InvalidJwtException e) {
            if (e.hasExpired()) {
                throw new InvalidToken(Failure.EXPIRED);
            }
            throw new InvalidToken(
                    e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)
                                    || (e.getCause() instanceof UnresolvableKeyException && isEs256(token))
                            ? Failure.BAD_SIGNATURE
                            : Failure.MALFORMED);
        } catch (MalformedClaimException | IllegalArgumentException e) {
            throw new InvalidToken(Failure.MALFORMED);
        }
    }

    /**
     * Whether the token claims ES256: then a kid no key of ours has is as bad as a wrong signature, where an unsigned
     * ("none") token is malformed.
     */
    private static boolean isEs256(String token) {
        try {
            return AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256.equals(
                    JsonWebStructure.fromCompactSerialization(token).getAlgorithmHeaderValue());
        } catch (JoseException e) {
            return false;
        }
    }

    private static JwtClaims claims(Instant issuedAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        return claims;
    }

    private static String signed(PublicJsonWebKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setKey(key.getPrivateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign with pass key " + key.getKeyId(), e);
        }
    }
}
