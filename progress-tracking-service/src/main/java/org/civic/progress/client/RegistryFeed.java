package org.civic.progress.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.civic.common.security.ServiceIdentity;
import org.civic.progress.config.PlanFeed;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The registry's change feed and lists, as the plan read model follows them, under this service's own identity
 * ({@link ServiceIdentity}: read-only, drafts included). A registry that cannot answer is no answer now (empty): the
 * consumer tries again at its next poll and the read model keeps serving what it has. An expired cursor is
 * {@link RegistryFeedExpired}, never retried.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(
        maxRetries = 2,
        delay = 200,
        jitter = 100,
        abortOn = {CircuitBreakerOpenException.class, RegistryFeedExpired.class, RegistryRefusal.class})
@CircuitBreaker(
        requestVolumeThreshold = 4,
        failureRatio = 0.5,
        delay = 5,
        delayUnit = ChronoUnit.SECONDS,
        skipOn = {RegistryFeedExpired.class, RegistryRefusal.class})
public class RegistryFeed {

    /** The registry's largest list page. */
    private static final int LIST_PAGE = 200;

    private static final Logger LOG = Logger.getLogger(RegistryFeed.class);

    /** A page of changes and the cursor after it. */
    public record Changes(List<RegistryChange> items, long next) {}

    /** Everything the read model holds, read after the feed's head: the feed continues from {@code head}. */
    public record Snapshot(
            long head,
            List<JsonNode> regions,
            List<JsonNode> departments,
            List<JsonNode> programmes,
            List<JsonNode> projects) {}

    private record Signed(String header, Instant renewAfter) {}

    private final RegistryFeedApi api;
    private final PrivateKey key;
    private final Duration lifetime;
    private volatile Signed identity;

    public RegistryFeed(@RestClient RegistryFeedApi api, PlanFeed config) throws GeneralSecurityException, IOException {
        this.api = api;
        this.key = KeyUtils.readPrivateKey(config.signingKey());
        this.lifetime = config.identityLifetime();
    }

    /** The changes after {@code position}; empty when the registry cannot answer now. */
    @CircuitBreakerName("registry-feed")
    @Fallback(
            fallbackMethod = "noChanges",
            skipOn = {RegistryFeedExpired.class, RegistryRefusal.class})
    public Optional<Changes> after(long position, int limit) {
        RegistryFeedApi.Changes page = api.changes(identity(), Long.toString(position), limit);
        return Optional.of(new Changes(page.items(), Long.parseLong(page.next())));
    }

    /** The feed's head, then every region, department, programme and project; empty when the registry cannot answer. */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName("registry-snapshot")
    @Fallback(fallbackMethod = "noSnapshot", skipOn = RegistryRefusal.class)
    public Optional<Snapshot> snapshot() {
        String identity = identity();
        long head = Long.parseLong(api.head(identity).next());
        List<JsonNode> programmes = all((page, size) -> api.programmes(identity, page, size));
        List<JsonNode> projects = new ArrayList<>();
        programmes.forEach(programme -> projects.addAll(
                api.projects(identity, UUID.fromString(programme.get("id").asText()))));
        return Optional.of(new Snapshot(
                head,
                all((page, size) -> api.regions(identity, page, size)),
                all((page, size) -> api.departments(identity, page, size)),
                programmes,
                projects));
    }

    private static List<JsonNode> all(BiFunction<Integer, Integer, RegistryApi.Page<JsonNode>> list) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            RegistryApi.Page<JsonNode> found = list.apply(page, LIST_PAGE);
            items.addAll(found.items());
            if (found.items().isEmpty() || (long) (page + 1) * LIST_PAGE >= found.total()) {
                return items;
            }
        }
    }

    /** This service's identity, signed again once half its lifetime has passed. */
    private String identity() {
        Signed signed = identity;
        Instant now = Instant.now();
        if (signed == null || signed.renewAfter().isBefore(now)) {
            signed = new Signed(
                    "Bearer " + ServiceIdentity.sign(key, "progress", lifetime), now.plus(lifetime.dividedBy(2)));
            identity = signed;
        }
        return signed.header();
    }

    Optional<Changes> noChanges(long position, int limit, Throwable cause) {
        LOG.warnf("registry change feed unavailable: %s", cause.toString());
        return Optional.empty();
    }

    Optional<Snapshot> noSnapshot(Throwable cause) {
        LOG.warnf("registry lists unavailable for a re-sync: %s", cause.toString());
        return Optional.empty();
    }
}
