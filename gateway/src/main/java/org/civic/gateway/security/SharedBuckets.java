package org.civic.gateway.security;

import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Token buckets in Redis, one hash per caller, shared by every gateway replica: one Lua script refills, decides and
 * spends atomically, on Redis's clock (resources rate-limit/token-bucket.lua), so replicas neither race nor disagree
 * about time. A bucket expires after a minute untouched, when it would be full again anyway.
 */
final class SharedBuckets {

    private static final String SCRIPT = script();

    private final RedisAPI redis;
    private final String keyPrefix;
    private final Duration timeout;

    SharedBuckets(RedisAPI redis, String keyPrefix, Duration timeout) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
    }

    /** As {@link LocalBuckets#decide}; throws when Redis does not answer within the timeout. */
    RateLimiter.Decision decide(String caller, int perMinute, int cost) {
        Response reply = redis.eval(arguments(caller, perMinute, cost)).await().atMost(timeout);
        return RateLimiter.Decision.of(
                reply.get(0).toInteger() == 1,
                perMinute,
                Double.parseDouble(reply.get(1).toString()));
    }

    /** Gives one token back without waiting; a failure goes to {@code failed}. */
    void refund(String caller, int perMinute, Consumer<Throwable> failed) {
        redis.eval(arguments(caller, perMinute, -1))
                .ifNoItem()
                .after(timeout)
                .fail()
                .subscribe()
                .with(reply -> {}, failed);
    }

    private List<String> arguments(String caller, int perMinute, int cost) {
        return List.of(SCRIPT, "1", keyPrefix + caller, Integer.toString(perMinute), Integer.toString(cost));
    }

    private static String script() {
        try (InputStream in = SharedBuckets.class.getResourceAsStream("/rate-limit/token-bucket.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
