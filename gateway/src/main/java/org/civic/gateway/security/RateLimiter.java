package org.civic.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.redis.client.RedisAPI;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civic.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * One token bucket per caller (capacity = its rate per minute, refilled continuously), so one client's flood empties
 * only its own bucket. The buckets live in Redis (SharedBuckets), so a caller's limit holds across every gateway
 * replica. While Redis is out of reach the gateway fails open to its own in-memory buckets (LocalBuckets): the
 * limit then holds per replica (at most replicas × the rate), every request is still authenticated, and the public
 * API stays up; the outage is logged once, counted in {@code civic_rate_limit_store_failures_total} and shown by
 * {@code civic_rate_limit_shared} = 0. Redis is tried again after {@code gateway.rate-limit.retry-after}.
 */
@ApplicationScoped
public class RateLimiter {

    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {

        /** {@code tokens}: what is left after this request; the reset is when the bucket is full (or, refused, holds one). */
        static Decision of(boolean allowed, int perMinute, double tokens) {
            double missing = allowed ? perMinute - tokens : 1 - tokens;
            long reset = (long) Math.ceil(missing * 60 / perMinute);
            return new Decision(allowed, perMinute, (int) Math.floor(tokens), Math.max(1, reset));
        }
    }

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final SharedBuckets shared;
    private final LocalBuckets local = new LocalBuckets();
    private final Duration retryAfter;
    private final Counter storeFailures;
    private volatile long sharedAgainAtNanos = System.nanoTime();
    private volatile boolean fallenBack;

    @Inject
    RateLimiter(GatewayConfig config, Instance<RedisAPI> redis, MeterRegistry metrics) {
        this(
                config.rateLimit().store() == GatewayConfig.RateLimit.Store.REDIS ? redis.get() : null,
                config.rateLimit(),
                metrics);
    }

    /** {@code redis} null: in-memory buckets only (gateway.rate-limit.store=memory, one replica). */
    RateLimiter(RedisAPI redis, GatewayConfig.RateLimit config, MeterRegistry metrics) {
        this.shared = redis == null ? null : new SharedBuckets(redis, config.keyPrefix(), config.timeout());
        this.retryAfter = config.retryAfter();
        this.storeFailures = metrics.counter("civic.rate_limit.store_failures");
        metrics.gauge("civic.rate_limit.shared", this, limiter -> limiter.sharing() ? 1 : 0);
    }

    public Decision take(String caller, int perMinute) {
        return decide(caller, perMinute, 1);
    }

    /** The same decision without spending a token: is this bucket empty right now? */
    public Decision peek(String caller, int perMinute) {
        return decide(caller, perMinute, 0);
    }

    /** One token back, up to the bucket's capacity; does not wait for Redis, so it may run on an event loop. */
    public void refund(String caller, int perMinute) {
        if (sharing()) {
            shared.refund(caller, perMinute, this::failed);
        } else {
            local.decide(caller, perMinute, -1);
        }
    }

    /** Whether a decision waits for Redis, so must not be asked for on an event loop. */
    public boolean blocks() {
        return shared != null;
    }

    private boolean sharing() {
        return shared != null && System.nanoTime() - sharedAgainAtNanos >= 0;
    }

    private Decision decide(String caller, int perMinute, int cost) {
        if (sharing()) {
            try {
                Decision decision = shared.decide(caller, perMinute, cost);
                if (fallenBack) {
                    fallenBack = false;
                    LOG.info("Redis answers again: rate limits hold across all gateway replicas again");
                }
                return decision;
            } catch (RuntimeException e) {
                failed(e);
            }
        }
        return local.decide(caller, perMinute, cost);
    }

    private void failed(Throwable failure) {
        storeFailures.increment();
        sharedAgainAtNanos = System.nanoTime() + retryAfter.toNanos();
        if (!fallenBack) {
            fallenBack = true;
            LOG.warnf("Redis is out of reach (%s): rate limits hold per gateway replica until it answers", failure);
        }
    }
}
