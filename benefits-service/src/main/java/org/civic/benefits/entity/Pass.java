package org.civic.benefits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An issued pass token, kept so that it can be revoked before it expires. */
@Entity
public class Pass {

    public enum Status { ACTIVE, REVOKED }

    @Id
    public UUID id;

    @Column(name = "citizen_id")
    public UUID citizenId;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
