package org.civic.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Stored;
import org.civic.common.web.Times;
import org.civic.gateway.api.DeliveryView;
import org.civic.gateway.api.WebhookInput;
import org.civic.gateway.api.WebhookView;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.entity.Webhook;
import org.civic.gateway.entity.WebhookDelivery;
import org.civic.gateway.repository.WebhookDeliveryRepository;
import org.civic.gateway.repository.WebhookRepository;

/**
 * An API client's webhooks (README "Webhooks"): registered with a target check and a random secret shown once, and
 * visible to that client only (another client's webhook is a 404, as if it did not exist).
 */
@ApplicationScoped
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDispatcher dispatcher;
    private final WebhookTargets targets;

    public Webhooks(
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            WebhookDispatcher dispatcher,
            GatewayConfig config) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.targets = new WebhookTargets(config.webhooks().allowPrivateTargets());
    }

    /** The new webhook with its signing secret, shown this once. */
    @Transactional
    public Stored<WebhookView> register(UUID clientId, WebhookInput input) {
        String refusal = targets.refusal(input.url());
        if (refusal != null) {
            throw ProblemException.badRequest("url", refusal);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.clientId = clientId;
        webhook.url = input.url().strip();
        webhook.events = String.join(" ", input.events().stream().distinct().toList());
        webhook.secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        webhook.createdAt = Times.now();
        webhooks.persist(webhook);
        dispatcher.startFeed();
        return Stored.unversioned(view(webhook, webhook.secret), webhook.id);
    }

    public List<WebhookView> list(UUID clientId) {
        return webhooks.ofClient(clientId).stream().map(w -> view(w, null)).toList();
    }

    public WebhookView read(UUID clientId, UUID id) {
        return view(get(clientId, id), null);
    }

    /** Deletes the webhook and its delivery log; what is still pending is never sent. */
    @Transactional
    public void delete(UUID clientId, UUID id) {
        webhooks.delete(get(clientId, id));
    }

    public Page<DeliveryView> deliveries(UUID clientId, UUID id, PageRequest page) {
        get(clientId, id);
        return Page.of(
                deliveries.ofWebhook(id, page.page, page.size).stream()
                        .map(Webhooks::view)
                        .toList(),
                page,
                deliveries.countOfWebhook(id));
    }

    /** Sends a delivery again now (same event id and body), with a fresh 24 h of retries. */
    @Transactional
    public DeliveryView redeliver(UUID clientId, UUID id, UUID deliveryId) {
        get(clientId, id);
        WebhookDelivery delivery = deliveries
                .findByIdOptional(deliveryId)
                .filter(d -> d.webhookId.equals(id))
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
        delivery.state = WebhookDelivery.State.PENDING;
        delivery.firstAttemptAt = null;
        delivery.nextAttemptAt = Times.now();
        return view(delivery);
    }

    private Webhook get(UUID clientId, UUID id) {
        return webhooks.ofClient(id, clientId).orElseThrow(() -> ProblemException.notFound("Webhook", id));
    }

    private static WebhookView view(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, webhook.eventList(), webhook.createdAt, secret);
    }

    private static DeliveryView view(WebhookDelivery delivery) {
        return new DeliveryView(
                delivery.id,
                delivery.eventId,
                delivery.eventType,
                delivery.state.name(),
                delivery.attempts,
                delivery.lastStatus,
                delivery.lastError,
                delivery.firstAttemptAt,
                delivery.nextAttemptAt,
                delivery.deliveredAt);
    }
}
