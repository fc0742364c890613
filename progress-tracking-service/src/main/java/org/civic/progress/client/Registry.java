package org.civic.progress.client;

import static org.civic.common.web.Params.MAX_IDS;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.civic.common.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The registry, as this service needs it: every call has a timeout, a bounded retry (all calls are
 * reads) and a circuit breaker; when the registry cannot answer, callers get a 503 problem with
 * {@code Retry-After} and nothing is stored.
 *
 * <p>The fault tolerance wraps only the HTTP calls to the registry (this class does no database work), and only a
 * registry that cannot answer counts as failing: its 5xx, timeouts and refused connections. A 4xx is the caller's
 * answer ({@link RegistryRefusal}, made by {@link RegistryApi#refusal}): a 404 becomes the caller's 404, a 401 or
 * 403 the caller's own, and none of them is retried, falls back or counts in the breaker, so unknown ids cannot
 * open it for everyone. Each method has its own named breaker ({@code registry-*}).
 */
@ApplicationScoped
@Timeout(value = 2, unit = ChronoUnit.SECONDS)
@Retry(
        maxRetries = 2,
        delay = 100,
        jitter = 50,
        // A registry that let one try time out will not answer the next within the caller's patience: one try.
        abortOn = {
            CircuitBreakerOpenException.class,
            ProblemException.class,
            RegistryRefusal.class,
            TimeoutException.class
        })
@CircuitBreaker(
        requestVolumeThreshold = 10,
        failureRatio = 0.5,
        delay = Registry.BREAKER_DELAY_SECONDS,
        delayUnit = ChronoUnit.SECONDS,
        skipOn = {ProblemException.class, RegistryRefusal.class})
public class Registry {

    /**
     * How long an open breaker refuses before it lets a trial call through: short, so that once the registry (or
     * the database behind it) is back, progress answers again within about this time.
     */
    static final int BREAKER_DELAY_SECONDS = 2;

    static final int RETRY_AFTER_SECONDS = BREAKER_DELAY_SECONDS;

    private static final Logger LOG = Logger.getLogger(Registry.class);
    /** The registry's largest page. */
    private static final int PAGE = 200;

    private static final int REMEMBERED_PROGRAMMES = 50;
    /**
     * A programme's project list as last received, kept only to be revalidated: every read still asks
     * the registry (If-None-Match), so a target changed there is used at once.
     */
    private record Revalidated(String etag, List<RegistryProject> projects) {}

    private final RegistryApi api;
    private final Map<UUID, Revalidated> programmeProjects = new ConcurrentHashMap<>();

    public Registry(@RestClient RegistryApi api) {
        this.api = api;
    }

    /** The known projects among {@code ids} (unknown ids are simply absent). */
    @CircuitBreakerName("registry-projects")
    @Fallback(
            fallbackMethod = "unavailableProjects",
            skipOn = {ProblemException.class, RegistryRefusal.class})
    public List<RegistryProject> projects(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ProblemException.badRequest("projectIds", "at most " + MAX_IDS + " ids per request");
        }
        List<UUID> all = List.copyOf(ids);
        List<RegistryProject> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            String joined = all.subList(from, Math.min(all.size(), from + PAGE)).stream()
                    .map(UUID::toString)
                    .collect(Collectors.joining(","));
            try {
                found.addAll(api.projects(joined, PAGE).items());
            } catch (RegistryRefusal e) {
                throw e.toProblem();
            }
        }
        return found;
    }

    /** The programme, or empty when the registry does not know it. */
    @CircuitBreakerName("registry-programme")
    @Fallback(
            fallbackMethod = "unavailableProgrammeItself",
            skipOn = {ProblemException.class, RegistryRefusal.class})
    public Optional<RegistryProgramme> programme(UUID programmeId) {
        try {
            return Optional.of(api.programme(programmeId));
        } catch (RegistryRefusal e) {
            return absent(e);
        }
    }

    /** Every project of a programme, or empty when the registry does not know the programme. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("registry-programme-projects")
    @Fallback(
            fallbackMethod = "unavailableProgramme",
            skipOn = {ProblemException.class, RegistryRefusal.class})
    public Optional<List<RegistryProject>> programmeProjects(UUID programmeId) {
        Revalidated cached = programmeProjects.get(programmeId);
        try (Response response = api.programmeProjects(programmeId, cached == null ? null : cached.etag())) {
            return switch (response.getStatus()) {
                case 304 -> Optional.of(cached.projects());
                case 200 -> {
                    List<RegistryProject> projects = response.readEntity(new GenericType<List<RegistryProject>>() {});
                    remember(programmeId, new Revalidated(response.getHeaderString(HttpHeaders.ETAG), projects));
                    yield Optional.of(projects);
                }
                default -> throw new WebApplicationException(response.getStatus());
            };
        } catch (RegistryRefusal e) {
            return absent(e);
        }
    }

    /**
     * A department's name, for a summary whose read model has not seen the department yet. Names are a convenience: a
     * registry that cannot answer, or a department the caller may not read, leaves the name out, not the figures.
     */
    @CircuitBreakerName("registry-department-names")
    @Fallback(fallbackMethod = "noDepartment", skipOn = ProblemException.class)
    public Optional<RegistryDepartment> department(UUID id) {
        try {
            return Optional.of(api.department(id));
        } catch (RegistryRefusal e) {
            return Optional.empty();
        }
    }

    /** A region's names, as {@link #department} for a department's. */
    @CircuitBreakerName("registry-region-names")
    @Fallback(fallbackMethod = "noRegion", skipOn = ProblemException.class)
    public Optional<RegistryRegion> region(String code) {
        try {
            return Optional.of(api.region(code));
        } catch (RegistryRefusal e) {
            return Optional.empty();
        }
    }

    Optional<RegistryDepartment> noDepartment(UUID id, Throwable cause) {
        LOG.warnf("a department's name is unavailable: %s", cause.toString());
        return Optional.empty();
    }

    Optional<RegistryRegion> noRegion(String code, Throwable cause) {
        LOG.warnf("a region's name is unavailable: %s", cause.toString());
        return Optional.empty();
    }

    /** A 404 (unknown, or hidden from this caller) is empty; any other refusal is the caller's problem. */
    private static <T> Optional<T> absent(RegistryRefusal refusal) {
        if (refusal.notFound()) {
            return Optional.empty();
        }
        throw refusal.toProblem();
    }

    private void remember(UUID programmeId, Revalidated list) {
        if (list.etag() == null) {
            return;
        }
        if (programmeProjects.size() >= REMEMBERED_PROGRAMMES && !programmeProjects.containsKey(programmeId)) {
            programmeProjects.clear();
        }
        programmeProjects.put(programmeId, list);
    }

    List<RegistryProject> unavailableProjects(Collection<UUID> ids, Throwable cause) {
        throw unavailable(cause);
    }

    Optional<List<RegistryProject>> unavailableProgramme(UUID programmeId, Throwable cause) {
        throw unavailable(cause);
    }

    Optional<RegistryProgramme> unavailableProgrammeItself(UUID programmeId, Throwable cause) {
        throw unavailable(cause);
    }

    /** Only failures of the registry reach here: a problem or a refusal is in every {@code skipOn}. */
    private static RuntimeException unavailable(Throwable cause) {
        LOG.warnf("registry unavailable: %s", cause.toString());
        return ProblemException.serviceUnavailable(
                "The project registry cannot be reached; nothing was changed. Retry later.", RETRY_AFTER_SECONDS);
    }
}
