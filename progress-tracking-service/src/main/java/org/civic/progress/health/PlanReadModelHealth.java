package org.civic.progress.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.civic.progress.repository.PlanRepository;
import org.civic.progress.repository.PlanRepository.FeedState;
import org.civic.progress.service.PlanFeedConsumer;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The plan read model in readiness details: its position in the registry's feed, when it was last current and the
 * lag. Always up: before the first sync (or while the registry is away) answers still come, from direct registry
 * checks for what the read model has not seen and with {@code Plan-Synced-At} saying how old the rest is.
 */
@Readiness
@ApplicationScoped
public class PlanReadModelHealth implements HealthCheck {

    private final PlanRepository plans;
    private final PlanFeedConsumer consumer;

    public PlanReadModelHealth(PlanRepository plans, PlanFeedConsumer consumer) {
        this.plans = plans;
        this.consumer = consumer;
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
        return response.build();
    }
}
