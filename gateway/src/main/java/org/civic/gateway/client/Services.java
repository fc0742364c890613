package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.civic.gateway.service.Routes;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The services' reads that the aggregated views need, each made as the caller (the identity the gateway
 * signed for it, passed as the Authorization header). All are idempotent, so each may be retried once;
 * each has a timeout below the view's deadline, a circuit breaker and a bulkhead. Failures come out as
 * {@link PartFailure} with a reason; a 404 comes out as {@link NotFoundException}.
 */
@ApplicationScoped
@Timeout(value = 1500, unit = ChronoUnit.MILLIS)
@Retry(
        maxRetries = 1,
        delay = 50,
        abortOn = {NotFoundException.class, ClientError.class, TimeoutException.class
        }) // a timed-out part has no time left for another try
@CircuitBreaker(
        requestVolumeThreshold = 10,
        failureRatio = 0.5,
        delay = 5,
        delayUnit = ChronoUnit.SECONDS,
        skipOn = {NotFoundException.class, ClientError.class})
@Bulkhead(50)
public class Services {

    /** Summaries kept to be revalidated: the body of the last 200 per programme and date, by its ETag. */
    private static final int REMEMBERED_SUMMARIES = 1000;

    /**
     * Each read still asks progress (If-None-Match), which checks the caller's access before its 304, so a kept body is
     * only ever reused for a caller progress has just let read it, and only while none of its inputs has changed.
     */
    private record Revalidated(String etag, JsonNode body) {}

    private record SummaryKey(UUID programmeId, LocalDate asOf) {}

    private final RegistryApi registry;
    private final ProgressApi progress;
    private final BenefitsApi benefits;
    private final Map<SummaryKey, Revalidated> summaries = new ConcurrentHashMap<>();

    public Services(
            @RestClient RegistryApi registry, @RestClient ProgressApi progress, @RestClient BenefitsApi benefits) {
        this.registry = registry;
        this.progress = progress;
        this.benefits = benefits;
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode project(UUID id, String identity) {
        return call(() -> registry.project(id, identity));
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode programme(UUID id, String identity) {
        return call(() -> registry.programme(id, identity));
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode milestones(UUID projectId, LocalDate asOf, String identity) {
        return call(() -> progress.milestones(projectId, asOf, identity));
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode latestApprovedReport(UUID projectId, LocalDate asOf, String identity) {
        JsonNode page = call(() -> progress.reports(projectId, "APPROVED", 1, asOf, identity));
        return page.path("items").isEmpty()
                ? NullNode.instance
                : page.path("items").get(0);
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode status(UUID projectId, LocalDate asOf, String identity) {
        return call(() -> progress.status(projectId, asOf, identity));
    }

    @Timeout(value = 1900, unit = ChronoUnit.MILLIS) // whole programmes: larger answers, still within the view's 2 s
    @Bulkhead(20)
    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode summary(UUID programmeId, LocalDate asOf, String identity) {
        SummaryKey key = new SummaryKey(programmeId, asOf);
        Revalidated known = summaries.get(key);
        return call(() -> {
            try (Response response =
                    progress.summary(programmeId, asOf, known == null ? null : known.etag(), identity)) {
                if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode() && known != null) {
                    return known.body();
                }
                JsonNode body = response.readEntity(JsonNode.class);
                remember(key, new Revalidated(response.getHeaderString(HttpHeaders.ETAG), body));
                return body;
            }
        });
    }

    private void remember(SummaryKey key, Revalidated summary) {
        if (summary.etag() == null) {
            return;
        }
        if (summaries.size() >= REMEMBERED_SUMMARIES && !summaries.containsKey(key)) {
            summaries.clear();
        }
        summaries.put(key, summary);
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode eligibility(UUID citizenId, LocalDate asOf, String identity, String purpose) {
        return call(() -> benefits.eligibility(citizenId, asOf, identity, purpose));
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode recentRedemptions(UUID citizenId, String identity, String purpose) {
        return call(() -> benefits.redemptions(citizenId, 10, identity, purpose));
    }

    /** A service's change feed after its own {@code after} (from its oldest kept when null). */
    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode changes(Routes.Service source, String after, int limit, String identity) {
        return call(() -> source == Routes.Service.REGISTRY
                ? registry.changes(after, limit, identity)
                : progress.changes(after, limit, identity));
    }

    @Fallback(
            value = PartFallback.class,
            skipOn = {NotFoundException.class, ClientError.class})
    public JsonNode changesHead(Routes.Service source, String identity) {
        return call(() ->
                source == Routes.Service.REGISTRY ? registry.changesHead(identity) : progress.changesHead(identity));
    }

    /** A 404 or another 4xx from a service is an answer ("no such thing", "bad request"), not its failure. */
    private static JsonNode call(Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new NotFoundException();
            }
            if (status >= 400 && status < 500) {
                throw new ClientError(status, e.getResponse().readEntity(String.class));
            }
            throw e;
        }
    }
}
