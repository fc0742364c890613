package org.civic.gateway.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civic.gateway.entity.WebhookDelivery;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Inserts the delivery unless this webhook already has one for the event (a replayed feed page). */
    public void enqueue(UUID webhookId, String eventId, String eventType, String payload, Instant now) {
        getEntityManager()
                .createNativeQuery("INSERT INTO webhook_delivery (id, webhook_id, event_id, event_type, payload, state,"
                        + " attempts, created_at, next_attempt_at) VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6)"
                        + " ON CONFLICT (webhook_id, event_id) DO NOTHING")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, webhookId)
                .setParameter(3, eventId)
                .setParameter(4, eventType)
                .setParameter(5, payload)
                .setParameter(6, Timestamp.from(now))
                .executeUpdate();
    }

    /** Up to {@code limit} due deliveries, locked; rows another dispatcher holds are skipped, not waited for. */
    @SuppressWarnings("unchecked")
    public List<WebhookDelivery> lockDue(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "SELECT * FROM webhook_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?1"
                                + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED",
                        WebhookDelivery.class)
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
    }

    /** A webhook's deliveries, newest first. */
    public List<WebhookDelivery> ofWebhook(UUID webhookId, int page, int size) {
        return find("webhookId = ?1 order by createdAt desc, eventId desc", webhookId)
                .page(Page.of(page, size))
                .list();
    }

    public long countOfWebhook(UUID webhookId) {
        return count("webhookId", webhookId);
    }
}
