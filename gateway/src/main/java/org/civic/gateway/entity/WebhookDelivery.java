package org.civic.gateway.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One event for one webhook: its body (the same on every attempt) and how its attempts went. */
@Entity
public class WebhookDelivery {

    public enum State {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Id
    public UUID id;

    public UUID webhookId;

    public String eventId;

    public String eventType;

    public String payload;

    @Enumerated(EnumType.STRING)
    public State state;

    public int attempts;

    public Integer lastStatus;

    public String lastError;

    public Instant createdAt;

    public Instant firstAttemptAt;

    public Instant nextAttemptAt;

    public Instant deliveredAt;
}
