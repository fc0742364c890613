package org.civic.benefits.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An issued pass token, kept so that it can be revoked before it expires. */
@Entity
public class Pass {

    public enum Status {
        ACTIVE,
        REVOKED
    }

    @Id
    public UUID id;

    public UUID citizenId;

    public Instant issuedAt;

    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant revokedAt;
}
