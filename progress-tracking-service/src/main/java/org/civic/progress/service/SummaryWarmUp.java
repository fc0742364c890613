package org.civic.progress.service;

import io.quarkus.arc.Unremovable;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.UUID;
import org.civic.common.problem.ProblemException;
import org.civic.common.web.BusinessClock;
import org.civic.progress.config.PlanFeed;
import org.civic.progress.repository.PlanRepository;
import org.jboss.logging.Logger;

/**
 * Computes, once the plan read model first becomes current, today's summary of the most recent published
 * programmes ({@code progress.plan.warm-summaries}), so that the first dashboards after a start or a deploy are
 * answered from the cache and by a warmed JIT rather than by a cold JVM reading 10,000 projects (docs/benchmarks.md
 * "Province scale"). Best effort: a programme that fails is skipped, and readiness does not wait for it.
 */
@ApplicationScoped
@Unremovable
public class SummaryWarmUp {

    private static final Logger LOG = Logger.getLogger(SummaryWarmUp.class);

    private final PlanFeedConsumer feed;
    private final PlanRepository plans;
    private final StatusService status;
    private final BusinessClock clock;
    private final PlanFeed config;
    private volatile boolean done;

    public SummaryWarmUp(
            PlanFeedConsumer feed, PlanRepository plans, StatusService status, BusinessClock clock, PlanFeed config) {
        this.feed = feed;
        this.plans = plans;
        this.status = status;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "{progress.plan.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void afterFirstSync() {
        if (done || feed.lag().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int warmed = warm().size();
        LOG.infof(
                "warmed today's summary of %d programmes in %d ms", warmed, (System.nanoTime() - started) / 1_000_000);
    }

    /** Whether a warm-up has run (after the first sync, or asked for). */
    public boolean done() {
        return done;
    }

    /** Computes today's summary of the most recent published programmes; answers the ids it computed. */
    @ActivateRequestContext
    public List<UUID> warm() {
        List<UUID> programmes = plans.recentPublishedProgrammes(config.warmSummaries());
        List<UUID> warmed = programmes.stream()
                .filter(programme -> {
                    try {
                        status.summary(programme, clock.today()).body().get();
                        return true;
                    } catch (ProblemException | IllegalStateException e) {
                        LOG.debugf("no warm summary for programme %s: %s", programme, e.getMessage());
                        return false;
                    }
                })
                .toList();
        done = true;
        return warmed;
    }
}
