package org.civic.progress.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.civic.progress.repository.PlanRepository;
import org.civic.progress.repository.PlanRepository.FeedState;
import org.civic.progress.service.PlanFeedConsumer;
import org.civic.progress.service.SummaryWarmUp;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The plan read model in readiness details: its position in the registry's feed, when it was last current and the
 * lag, and whether today's summaries were computed after the first sync ({@code summariesWarmed}). Always up: before the first sync (or while the registry is away) answers still come, from direct registry
 * checks for what the read model has not seen and with {@code Plan-Synced-At} saying how old the rest is.
 */
@Readiness
@ApplicationScoped
public class PlanReadModelHealth implements HealthCheck {

    private final PlanRepository plans;
    private final PlanFeedConsumer consumer;
    private final SummaryWarmUp warmUp;

    public PlanReadModelHealth(PlanRepository plans, PlanFeedConsumer consumer, SummaryWarmUp warmUp) {
        this.plans = plans;
        this.consumer = consumer;
        this.warmUp = warmUp;
    }

    @Override
    public HealthCheckResponse call() {
        FeedState feed = plans.feed();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plan-read-model");
        response.up().withData("synced", feed.position() != null);
        if (feed.position() != null) {
            response.withData("position", feed.position());
        }
        if (feed.syncedAt() != null) {
            response.withData("syncedAt", feed.syncedAt().toString());
        }
        consumer.lag().ifPresent(lag -> response.withData("lagSeconds", lag.toSeconds()));
        response.withData("summariesWarmed", warmUp.done());
        return response.build();
    }
}
