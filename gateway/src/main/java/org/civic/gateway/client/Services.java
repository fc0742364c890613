package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The services' reads that the aggregated views need. All are idempotent, so each may be retried once;
 * each has a timeout below the view's deadline, a circuit breaker and a bulkhead. Failures come out as
 * {@link PartFailure} with a reason; a 404 comes out as {@link NotFoundException}.
 */
@ApplicationScoped
@Timeout(value = 1500, unit = ChronoUnit.MILLIS)
@Retry(maxRetries = 1, delay = 50, abortOn = NotFoundException.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
        skipOn = NotFoundException.class)
@Bulkhead(50)
public class Services {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Services.class);

    private final RegistryApi registry;
    private final ProgressApi progress;

    public Services(@RestClient RegistryApi registry, @RestClient ProgressApi progress) {
        this.registry = registry;
        this.progress = progress;
    }

    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode project(UUID id) {
        return call(() -> registry.project(id));
    }

    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode programme(UUID id) {
        return call(() -> registry.programme(id));
    }

    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode milestones(UUID projectId) {
        return call(() -> progress.milestones(projectId));
    }

    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode latestApprovedReport(UUID projectId) {
        JsonNode page = call(() -> progress.reports(projectId, "APPROVED", 1));
        return page.path("items").isEmpty() ? com.fasterxml.jackson.databind.node.NullNode.instance : page.path("items").get(0);
    }

    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode status(UUID projectId, LocalDate asOf) {
        return call(() -> progress.status(projectId, asOf));
    }

    @Timeout(value = 6, unit = ChronoUnit.SECONDS) // whole programmes: larger answers
    @Bulkhead(20)
    @Fallback(fallbackMethod = "failed", skipOn = NotFoundException.class)
    public JsonNode summary(UUID programmeId, LocalDate asOf) {
        return call(() -> progress.summary(programmeId, asOf));
    }

    JsonNode failed(UUID id, Throwable cause) {
        throw failure(cause);
    }

    JsonNode failed(UUID id, LocalDate asOf, Throwable cause) {
        throw failure(cause);
    }

    private static PartFailure failure(Throwable cause) {
        PartFailure failure = PartFailure.of(cause);
        LOG.warnf("service call failed (%s): %s", failure.reason(), cause.toString());
        return failure;
    }

    /** A 404 from a service is an answer ("no such thing"), not a failure of the service. */
    private static JsonNode call(java.util.function.Supplier<JsonNode> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw e;
        }
    }
}
