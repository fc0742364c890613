package org.civic.benefits.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * Pass tokens: compact JWS (JWT) signed with HMAC-SHA256 by jose4j. The claims are only the pass id
 * ({@code jti}), the benefit codes ({@code ben}), issue and expiry times, issuer and audience: nothing
 * that names the citizen. Verification accepts HS256 alone (no "none", no algorithm confusion).
 */
@ApplicationScoped
public class PassTokens {

    static final String ISSUER = "civic-benefits";
    static final String AUDIENCE = "civic-benefit-verification";
    static final String BENEFITS_CLAIM = "ben";

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

    private final HmacKey key;

    public PassTokens(SecretKeys keys) {
        this.key = new HmacKey(keys.signingKey());
    }

    public String sign(UUID passId, List<String> benefitCodes, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setJwtId(passId.toString());
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
        claims.setStringListClaim(BENEFITS_CLAIM, benefitCodes);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a pass token", e);
        }
    }

    public Claims verify(String token, Instant now) throws InvalidToken {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireJwtId()
                .setRequireIssuedAt()
                .setRequireExpirationTime()
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(AUDIENCE)
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.HMAC_SHA256)
                .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
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
                    e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) ? Failure.BAD_SIGNATURE : Failure.MALFORMED);
        } catch (MalformedClaimException | IllegalArgumentException e) {
            throw new InvalidToken(Failure.MALFORMED);
        }
    }
}
