package org.civic.progress.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.civic.common.web.Times;
import org.civic.progress.client.RegistryFeed;
import org.civic.progress.client.RegistryFeed.Changes;
import org.civic.progress.client.RegistryFeed.Snapshot;
import org.civic.progress.client.RegistryFeedExpired;
import org.civic.progress.client.RegistryRefusal;
import org.civic.progress.config.PlanFeed;
import org.civic.progress.repository.PlanRepository;
import org.civic.progress.repository.PlanRepository.FeedState;
import org.jboss.logging.Logger;

/**
 * Keeps the plan read model current (README "Plan read model"): every {@code progress.plan.poll-every} it reads the
 * registry's change feed to its end, a page per transaction that also moves the cursor, so each change takes effect
 * exactly once even with several replicas polling (the cursor row is locked; a page fetched from a cursor another
 * replica has moved on from is dropped). Without a cursor (the first start) or with one the feed no longer holds, it
 * re-syncs from the registry's lists. A registry that cannot answer leaves the read model as it is; its age shows in
 * readiness ({@code plan-read-model}), in {@code civic_plan_feed_lag_seconds} and in the answers' {@code Plan-Synced-At}.
 */
@ApplicationScoped
public class PlanFeedConsumer {

    private static final Logger LOG = Logger.getLogger(PlanFeedConsumer.class);

    private final RegistryFeed registry;
    private final PlanRepository plans;
    private final PlanFeed config;
    private final Counter appliedChanges;
    private volatile FeedState state;

    /** Reads the next page ahead; one thread, as one catch-up runs at a time. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plan-feed-reader");
        thread.setDaemon(true);
        return thread;
    });

    public PlanFeedConsumer(RegistryFeed registry, PlanRepository plans, PlanFeed config, MeterRegistry metrics) {
        this.registry = registry;
        this.plans = plans;
        this.config = config;
        this.appliedChanges = Counter.builder("civic.plan.changes.applied")
                .description("Registry changes applied to the plan read model")
                .register(metrics);
        Gauge.builder(
                        "civic.plan.feed.lag",
                        this,
                        consumer -> consumer.lag().map(Duration::toMillis).orElse(-1000L) / 1000.0)
                .description("Seconds since the plan read model was last current with the registry (-1: never)")
                .baseUnit("seconds")
                .register(metrics);
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    @Scheduled(every = "{progress.plan.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("the plan read model could not follow the registry now: %s", e.toString());
        }
    }

    /**
     * Reads the feed to its end (or until the registry cannot answer) and answers how many changes this call
     * applied. Safe to call at any time, from any replica, concurrently.
     */
    public int catchUp() {
        long started = System.nanoTime();
        Timings timings = new Timings();
        int applied = follow(timings);
        if (applied > 0) {
            LOG.debugf(
                    "applied %d registry changes in %d ms (reading the feed %d ms, writing %d ms)",
                    applied,
                    (System.nanoTime() - started) / 1_000_000,
                    timings.reading / 1_000_000,
                    timings.writing / 1_000_000);
        }
        return applied;
    }

    /** Where a catch-up spends its time, for the debug log (docs/benchmarks.md). */
    private static final class Timings {
        /** Waiting for a page (less than reading it, when it was read ahead). */
        long reading;

        long writing;
    }

    /**
     * A page being read from {@code from} while the one before it is written: reading the registry and writing the
     * read model take about as long as each other (docs/benchmarks.md), so overlapping them nearly halves a catch-up.
     */
    private record Prefetch(long from, CompletableFuture<Optional<Changes>> page) {

        /** The page, or what reading it threw, as a direct call would have. */
        Optional<Changes> get() {
            try {
                return page.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private int follow(Timings timings) {
        int total = 0;
        Prefetch ahead = null;
        while (true) {
            FeedState current = plans.feed();
            state = current;
            if (current.position() == null) {
                if (!resync(null)) {
                    return total;
                }
                continue;
            }
            Optional<Changes> page;
            long reading = System.nanoTime();
            try {
                page = ahead != null && ahead.from() == current.position()
                        ? ahead.get()
                        : registry.after(current.position(), config.pageSize());
            } catch (RegistryFeedExpired e) {
                LOG.warnf(
                        "the registry's feed no longer holds position %d: re-syncing from its lists",
                        current.position());
                if (!resync(current.position())) {
                    return total;
                }
                continue;
            } catch (RegistryRefusal e) {
                LOG.errorf(
                        "the registry refuses this service's identity (progress.plan.signing-key): %s", e.getMessage());
                return total;
            } finally {
                ahead = null;
            }
            if (page.isEmpty()) {
                return total;
            }
            Changes changes = page.get();
            boolean full = changes.items().size() >= config.pageSize();
            if (full) {
                long next = changes.next();
                ahead = new Prefetch(
                        next, CompletableFuture.supplyAsync(() -> registry.after(next, config.pageSize()), reader));
            }
            long writing = System.nanoTime();
            timings.reading += writing - reading;
            boolean taken = QuarkusTransaction.requiringNew().call(() -> apply(current.position(), changes));
            timings.writing += System.nanoTime() - writing;
            if (!taken) {
                // Another applier moved the cursor first; what it fetched may end before this page did, so read on.
                continue;
            }
            appliedChanges.increment(changes.items().size());
            total += changes.items().size();
            if (!full) {
                plans.synced(Times.now());
                state = plans.feed();
                return total;
            }
        }
    }

    /** How long ago the read model was last current, as this replica last saw it; empty before the first sync. */
    public Optional<Duration> lag() {
        FeedState seen = state;
        return seen == null || seen.syncedAt() == null
                ? Optional.empty()
                : Optional.of(Duration.between(seen.syncedAt(), Times.now()));
    }

    /**
     * Applies a page fetched after {@code from}; false, applying nothing, when another applier has moved the cursor
     * meanwhile.
     */
    private boolean apply(long from, Changes changes) {
        FeedState locked = plans.lockFeed();
        if (!Objects.equals(locked.position(), from)) {
            return false;
        }
        plans.apply(changes.items(), changes.next());
        return true;
    }

    /** Replaces the read model from the registry's lists; false when the registry cannot answer now. */
    private boolean resync(Long from) {
        Optional<Snapshot> snapshot;
        try {
            snapshot = registry.snapshot();
        } catch (RegistryRefusal e) {
            LOG.errorf("the registry refuses this service's identity (progress.plan.signing-key): %s", e.getMessage());
            return false;
        }
        if (snapshot.isEmpty()) {
            return false;
        }
        Instant now = Times.now();
        QuarkusTransaction.requiringNew().run(() -> {
            if (Objects.equals(plans.lockFeed().position(), from)) {
                plans.replace(snapshot.get(), now);
            }
        });
        LOG.infof(
                "plan read model re-synced from the registry's lists at position %d (%d projects)",
                snapshot.get().head(), snapshot.get().projects().size());
        return true;
    }
}
