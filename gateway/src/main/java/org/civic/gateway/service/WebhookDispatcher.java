package org.civic.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.civic.common.security.Roles;
import org.civic.common.web.Times;
import org.civic.gateway.api.ChangeItem;
import org.civic.gateway.api.ChangesPage;
import org.civic.gateway.client.ClientError;
import org.civic.gateway.config.GatewayConfig;
import org.civic.gateway.entity.Webhook;
import org.civic.gateway.entity.WebhookDelivery;
import org.civic.gateway.repository.WebhookDeliveryRepository;
import org.civic.gateway.repository.WebhookRepository;
import org.civic.gateway.security.EdgeCaller;
import org.civic.gateway.security.IdentitySigner;
import org.jboss.logging.Logger;

/**
 * Delivers the merged change feed to webhooks (README "Webhooks"). Each tick first enqueues: it reads the feed after
 * its stored cursor, as an API client that may read public data (so drafts never leave), and inserts one delivery row
 * per matching webhook and event, moving the cursor in the same transaction: each event is enqueued exactly once per
 * webhook. Then it sends a bounded number of due deliveries in parallel, each with its own timeout, claimed with SKIP
 * LOCKED so that replicas share the work; a failure is retried with doubling delays until 24 h after the first attempt.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** Whom the dispatcher reads the feed as: an API client with public:read, never staff. */
    static final EdgeCaller READER =
            new EdgeCaller("client:webhooks", "client:webhooks", Set.of(Roles.PUBLIC_READ), Set.of(), null, 1);

    private static final int MAX_ERROR = 500;

    private final MergedChanges changes;
    private final IdentitySigner signer;
    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final EntityManager entityManager;
    private final GatewayConfig.Webhooks config;
    private final ObjectMapper json;
    private final WebhookTargets targets;
    private final HttpClient http;

    public WebhookDispatcher(
            MergedChanges changes,
            IdentitySigner signer,
            WebhookRepository webhooks,
            WebhookDeliveryRepository deliveries,
            EntityManager entityManager,
            GatewayConfig config,
            ObjectMapper json) {
        this.changes = changes;
        this.signer = signer;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.entityManager = entityManager;
        this.config = config.webhooks();
        this.json = json;
        this.targets = new WebhookTargets(this.config.allowPrivateTargets());
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could lead past the target check
                .build();
    }

    @Scheduled(every = "{gateway.webhooks.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        enqueue();
        deliverDue(Times.now());
    }

    /** Runs in the registering transaction: the first webhook starts the dispatcher at the feed's head. */
    void startFeed() {
        if (lockCursor() == null) {
            moveCursor(head());
        }
    }

    /** Enqueues the next stretch of the feed; answers how many changes it read. */
    @Transactional
    public int enqueue() {
        String cursor = lockCursor();
        if (cursor == null) {
            return 0; // no webhook was ever registered
        }
        ChangesPage page;
        try {
            page = changes.read(MergedCursor.parse("cursor", cursor), config.feedBatch(), signer.bearerFor(READER));
        } catch (ClientError e) {
            if (e.status() != 410) {
                throw e;
            }
            LOG.errorf(
                    "webhooks: the feed no longer holds the changes after %s (retention); restarting at the head,"
                            + " the changes in between are not delivered",
                    cursor);
            moveCursor(head());
            return 0;
        }
        List<Webhook> active = webhooks.active();
        Instant now = Times.now();
        for (ChangeItem item : page.items()) {
            String payload = null;
            for (Webhook webhook : active) {
                // a webhook receives what was recorded from its registration on
                if (webhook.wants(item.type()) && !item.recordedAt().isBefore(webhook.createdAt)) {
                    payload = payload == null ? payload(item) : payload;
                    deliveries.enqueue(webhook.id, item.id(), item.type(), payload, now);
                }
            }
        }
        moveCursor(page.next());
        return page.items().size();
    }

    /** Sends the deliveries due at {@code now} (at most gateway.webhooks.deliveries-per-tick); answers how many. */
    public int deliverDue(Instant now) {
        List<Attempt> claimed = QuarkusTransaction.requiringNew().call(() -> claim(now));
        List<CompletableFuture<Outcome>> sent = claimed.stream().map(this::send).toList();
        for (int i = 0; i < claimed.size(); i++) {
            Attempt attempt = claimed.get(i);
            Outcome outcome = sent.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(attempt.deliveryId(), outcome, now));
        }
        return claimed.size();
    }

    /** What one attempt needs, read before the claim commits. */
    private record Attempt(UUID deliveryId, String eventId, String url, String secret, String payload) {}

    /** A status code, or why there was none; {@code permanent} when retrying cannot help (a refused target). */
    private record Outcome(Integer status, String error, boolean permanent) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private List<Attempt> claim(Instant now) {
        return deliveries.lockDue(now, config.deliveriesPerTick()).stream()
                .map(delivery -> {
                    Webhook webhook = webhooks.findById(delivery.webhookId);
                    if (delivery.firstAttemptAt == null) {
                        delivery.firstAttemptAt = now;
                    }
                    // leased while it is being sent: another dispatcher skips it until the outcome is recorded
                    delivery.nextAttemptAt = now.plus(config.timeout().multipliedBy(3));
                    return new Attempt(delivery.id, delivery.eventId, webhook.url, webhook.secret, delivery.payload);
                })
                .toList();
    }

    private CompletableFuture<Outcome> send(Attempt attempt) {
        String refusal = targets.refusal(attempt.url());
        if (refusal != null) {
            return CompletableFuture.completedFuture(new Outcome(null, "the URL " + refusal, true));
        }
        long timestamp = Times.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url().strip()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "civic-webhooks/1")
                .header("Webhook-Id", attempt.eventId())
                .header("Webhook-Timestamp", Long.toString(timestamp))
                .header("Webhook-Signature", WebhookSignature.sign(attempt.secret(), timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload(), StandardCharsets.UTF_8))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(response.statusCode(), null, false))
                .exceptionally(failure -> new Outcome(null, describe(failure), false));
    }

    private void record(UUID deliveryId, Outcome outcome, Instant now) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null) {
            return; // its webhook was deleted meanwhile
        }
        delivery.attempts++;
        delivery.lastStatus = outcome.status();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            delivery.state = WebhookDelivery.State.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            return;
        }
        Instant next = now.plus(retryDelay(delivery.attempts));
        if (outcome.permanent() || next.isAfter(delivery.firstAttemptAt.plus(config.retryFor()))) {
            delivery.state = WebhookDelivery.State.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = next;
        }
    }

    /** 30 s after the first failure, doubling, at most gateway.webhooks.max-retry-delay. */
    Duration retryDelay(int failures) {
        Duration delay = config.firstRetry();
        for (int i = 1; i < failures && delay.compareTo(config.maxRetryDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : delay;
    }

    private String head() {
        return changes.headCursor(signer.bearerFor(READER));
    }

    private String lockCursor() {
        List<?> cursor = entityManager
                .createNativeQuery("SELECT cursor FROM webhook_feed FOR UPDATE")
                .getResultList();
        return (String) cursor.get(0);
    }

    private void moveCursor(String cursor) {
        entityManager
                .createNativeQuery("UPDATE webhook_feed SET cursor = ?1")
                .setParameter(1, cursor)
                .executeUpdate();
    }

    /** The body of every attempt: {id, type, source, cursor, recordedAt, data}. */
    private String payload(ChangeItem item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", item.id());
        body.put("type", item.type());
        body.put("source", item.source());
        body.put("cursor", item.cursor());
        body.put("recordedAt", item.recordedAt());
        body.put("data", item.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a webhook's body", e);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
