package org.civic.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An ES256 key pair signing passes and revocation lists; published by its kid until {@code retireAfter}. */
@Entity
public class PassSigningKey {

    /** Also the JWK's {@code kid}. */
    @Id
    public UUID kid;

    /** The public JWK, as the key set publishes it. */
    public String publicJwk;

    /** The private JWK, AES-GCM ciphertext bound to the kid. */
    @Column(name = "private_enc")
    public byte[] privateSealed;

    public Instant createdAt;

    /** Null for the signing key; set on rotation to when the last pass it signed has expired. */
    public Instant retireAfter;
}
