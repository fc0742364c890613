package org.civic.benefits.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.civic.benefits.config.BenefitsConfig;
import org.civic.benefits.entity.PassSigningKey;
import org.civic.benefits.repository.PassSigningKeyRepository;
import org.civic.common.crypto.PersonalDataCipher;
import org.civic.common.web.Times;
import org.jboss.logging.Logger;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The ES256 keys that sign passes and revocation lists. The first is made when first needed; a rotation makes a new
 * signing key at once and keeps the previous one published (and accepted) until the passes it signed have expired, so
 * validators that refresh the key set within a pass's lifetime never refuse a good pass. Keys live in the database
 * (the private half sealed under the data key), so every replica signs with the same one.
 */
@ApplicationScoped
public class PassKeyService {

    private static final Logger LOG = Logger.getLogger(PassKeyService.class);
    private static final String PRIVATE_FIELD = "passSigningKey";
    /** A validator's clock may run behind; the retired key stays published this much longer. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PassSigningKeyRepository keys;
    private final PersonalDataCipher cipher;
    private final BenefitsConfig config;
    /** Parsed keys by kid: keys never change once made. */
    private final Map<UUID, PublicJsonWebKey> parsed = new ConcurrentHashMap<>();

    public PassKeyService(PassSigningKeyRepository keys, PersonalDataCipher cipher, BenefitsConfig config) {
        this.keys = keys;
        this.cipher = cipher;
        this.config = config;
    }

    /** The key to sign with now (with its private half), made if there is none yet. */
    @Transactional
    public PublicJsonWebKey signing() {
        PassSigningKey key = keys.signing().orElseGet(() -> {
            keys.lockKeys();
            return keys.signing().orElseGet(this::create);
        });
        return parsed.computeIfAbsent(key.kid, kid -> parse(cipher.open(key.privateSealed, kid, PRIVATE_FIELD)));
    }

    /** The public keys a validator must know now: the signing key and those whose passes may still be live. */
    @Transactional
    public JsonWebKeySet published() {
        signing();
        List<JsonWebKey> published = keys.published(Times.now()).stream()
                .map(key -> (JsonWebKey) parse(key.publicJwk))
                .toList();
        return new JsonWebKeySet(published);
    }

    /**
     * Every key ever made, retired ones included: an offline use is reconciled against the key that signed its pass,
     * however long after the rotation the validator syncs.
     */
    @Transactional
    public JsonWebKeySet every() {
        return new JsonWebKeySet(keys.listAll().stream()
                .map(key -> (JsonWebKey) parse(key.publicJwk))
                .toList());
    }

    /** A new signing key from now; the previous one stays published until its last pass has expired. */
    @Transactional
    public UUID rotate() {
        keys.lockKeys();
        Instant retireAfter = Times.now().plus(config.pass().ttl()).plus(CLOCK_SKEW);
        keys.signing().ifPresent(previous -> previous.retireAfter = retireAfter);
        PassSigningKey next = create();
        LOG.infof("pass signing key rotated: %s signs from now", next.kid);
        return next.kid;
    }

    private PassSigningKey create() {
        try {
            EllipticCurveJsonWebKey jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            PassSigningKey key = new PassSigningKey();
            key.kid = UUID.randomUUID();
            jwk.setKeyId(key.kid.toString());
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            key.publicJwk = jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
            key.privateSealed =
                    cipher.seal(jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE), key.kid, PRIVATE_FIELD);
            key.createdAt = Times.now();
            keys.persist(key);
            keys.flush();
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("cannot make a pass signing key", e);
        }
    }

    private static PublicJsonWebKey parse(String json) {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(json);
        } catch (JoseException e) {
            throw new IllegalStateException("a stored pass signing key does not parse", e);
        }
    }
}
