package org.civic.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A citizen under a pseudonymous id. Name, national ID number and phone exist here only as AES-GCM
 * ciphertext; {@code nationalIdLookup} is the HMAC that finds a citizen by ID number.
 */
@Entity
public class Citizen {

    @Id
    public UUID id;

    @Column(name = "name_enc")
    public byte[] nameSealed;

    @Column(name = "national_id_enc")
    public byte[] nationalIdSealed;

    public byte[] nationalIdLookup;

    @Column(name = "phone_enc")
    public byte[] phoneSealed;

    @Version
    public long version;

    public Instant createdAt;

    public String createdBy;
}
