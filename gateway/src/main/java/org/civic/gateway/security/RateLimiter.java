package org.civic.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller (capacity = its rate per minute, refilled continuously), so one client's
 * flood empties only its own bucket. Per gateway instance.
 */
@ApplicationScoped
public class RateLimiter {

    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    private static final class Bucket {
        double tokens;
        volatile long updatedNanos;

        Bucket(int capacity) {
            tokens = capacity;
            updatedNanos = System.nanoTime();
        }
    }

    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public Decision take(String caller, int perMinute) {
        return decide(caller, perMinute, true);
    }

    /** The same decision without spending a token: is this bucket empty right now? */
    public Decision peek(String caller, int perMinute) {
        return decide(caller, perMinute, false);
    }

    /** One token back, up to the bucket's capacity. */
    public void refund(String caller, int perMinute) {
        Bucket bucket = buckets.get(caller);
        if (bucket != null) {
            synchronized (bucket) {
                bucket.tokens = Math.min(perMinute, bucket.tokens + 1);
            }
        }
    }

    private Decision decide(String caller, int perMinute, boolean spend) {
        if (buckets.size() > MAX_BUCKETS) {
            // A bucket untouched for a minute is full again, so dropping it changes no decision.
            long idleSince = System.nanoTime() - 60_000_000_000L;
            buckets.values().removeIf(bucket -> bucket.updatedNanos < idleSince);
        }
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(perMinute));
        synchronized (bucket) {
            long now = System.nanoTime();
            double perNano = perMinute / 60e9;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedNanos) * perNano);
            bucket.updatedNanos = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed && spend) {
                bucket.tokens -= 1;
            }
            long reset = (long) Math.ceil((allowed ? perMinute - bucket.tokens : 1 - bucket.tokens) / perNano / 1e9);
            return new Decision(allowed, perMinute, (int) Math.floor(bucket.tokens), Math.max(1, reset));
        }
    }
}
