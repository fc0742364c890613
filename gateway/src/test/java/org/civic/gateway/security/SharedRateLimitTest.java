package org.civic.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.redis.client.RedisOptions;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.civic.gateway.config.GatewayConfig;
import org.civic.testsupport.Concurrently;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances, each with its own Vert.x and its own connection to the one Redis at REDIS_URL
 * (redis://127.0.0.1:6379 by default), as two replicas would have: one caller's limit holds across both.
 */
class SharedRateLimitTest {

    private static final String REDIS_URL = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");

    /** This run's buckets only, so concurrent runs on one Redis never share a bucket. */
    private final String prefix = "civic-test:" + UUID.randomUUID() + ":";

    private final Vertx firstVertx = Vertx.vertx();
    private final Vertx secondVertx = Vertx.vertx();

    @AfterEach
    void closeVertx() {
        firstVertx.closeAndAwait();
        secondVertx.closeAndAwait();
    }

    @Test
    void oneClientsLimitHoldsAcrossTwoGatewayInstancesAndOtherClientsKeepTheirs() {
        RateLimiter first = limiter(firstVertx, REDIS_URL, new SimpleMeterRegistry());
        RateLimiter second = limiter(secondVertx, REDIS_URL, new SimpleMeterRegistry());

        for (int i = 0; i < 10; i++) {
            RateLimiter.Decision decision = (i % 2 == 0 ? first : second).take("client:a", 10);
            assertTrue(decision.allowed(), "request " + (i + 1) + " of 10 is within the limit");
            assertEquals(9 - i, decision.remaining(), "each instance sees what the other spent");
        }
        RateLimiter.Decision refusedByFirst = first.take("client:a", 10);
        RateLimiter.Decision refusedBySecond = second.take("client:a", 10);
        assertFalse(refusedByFirst.allowed());
        assertFalse(refusedBySecond.allowed());
        assertEquals(0, refusedBySecond.remaining());
        assertEquals(6, refusedBySecond.resetSeconds(), "one token of ten a minute comes back within 6 s");
        assertFalse(second.peek("client:a", 10).allowed());

        assertTrue(second.take("client:b", 10).allowed(), "another client's bucket is its own");
        assertEquals(9, first.peek("client:b", 10).remaining());
    }

    @Test
    void concurrentRequestsThroughBothInstancesAreAllowedExactlyTheLimit() {
        MeterRegistry firstMetrics = new SimpleMeterRegistry();
        MeterRegistry secondMetrics = new SimpleMeterRegistry();
        RateLimiter first = limiter(firstVertx, REDIS_URL, firstMetrics);
        RateLimiter second = limiter(secondVertx, REDIS_URL, secondMetrics);
        int[] turn = {0};

        List<Integer> statuses = Concurrently.statuses(80, () -> {
            RateLimiter instance;
            synchronized (turn) {
                instance = turn[0]++ % 2 == 0 ? first : second;
            }
            return instance.take("client:flood", 50).allowed() ? 200 : 429;
        });

        assertEquals(50, statuses.stream().filter(status -> status == 200).count());
        assertEquals(30, statuses.stream().filter(status -> status == 429).count());
        assertEquals(
                0.0,
                firstMetrics.get("civic.rate_limit.store_failures").counter().count(),
                "all decided by Redis");
        assertEquals(
                0.0,
                secondMetrics.get("civic.rate_limit.store_failures").counter().count());
    }

    @Test
    void aTokenGivenBackOnOneInstanceCanBeSpentOnTheOther() throws InterruptedException {
        RateLimiter first = limiter(firstVertx, REDIS_URL, new SimpleMeterRegistry());
        RateLimiter second = limiter(secondVertx, REDIS_URL, new SimpleMeterRegistry());
        assertTrue(first.take("client:c", 1).allowed());
        assertFalse(second.peek("client:c", 1).allowed());

        first.refund("client:c", 1);

        // The refund does not wait for Redis (it may run on an event loop): look until it has landed.
        for (int look = 0; look < 100 && !second.peek("client:c", 1).allowed(); look++) {
            Thread.sleep(20);
        }
        assertTrue(second.take("client:c", 1).allowed());
    }

    @Test
    void withRedisOutOfReachEachInstanceDecidesAloneAndCountsTheFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MeterRegistry metrics = new SimpleMeterRegistry();
        RateLimiter limiter = limiter(firstVertx, "redis://127.0.0.1:" + closedPort, metrics);

        assertTrue(limiter.take("client:d", 2).allowed(), "fails open: the API stays up");
        assertTrue(limiter.take("client:d", 2).allowed());
        RateLimiter.Decision third = limiter.take("client:d", 2);

        assertFalse(third.allowed(), "the replica's own bucket still holds the limit");
        assertEquals(
                1.0,
                metrics.get("civic.rate_limit.store_failures").counter().count(),
                "one failure, then the replica stops asking Redis for a while");
        assertEquals(0.0, metrics.get("civic.rate_limit.shared").gauge().value());
    }

    private RateLimiter limiter(Vertx vertx, String url, MeterRegistry metrics) {
        // The pool of the gateway's application.properties (quarkus.redis.max-pool-size, max-pool-waiting).
        RedisOptions options =
                new RedisOptions().setConnectionString(url).setMaxPoolSize(16).setMaxPoolWaiting(1024);
        return new RateLimiter(RedisAPI.api(Redis.createClient(vertx, options)), config(), metrics);
    }

    private GatewayConfig.RateLimit config() {
        return new GatewayConfig.RateLimit() {
            @Override
            public Store store() {
                return Store.REDIS;
            }

            @Override
            public String keyPrefix() {
                return prefix;
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofMinutes(1);
            }
        };
    }
}
