package org.civic.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in this gateway's memory: the fallback while Redis is out of reach (RateLimiter), so a caller's limit
 * then holds per replica only.
 */
final class LocalBuckets {

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

    /** {@code cost} 1 spends a token if there is one, 0 only looks, -1 gives one back. */
    RateLimiter.Decision decide(String caller, int perMinute, int cost) {
        if (buckets.size() > MAX_BUCKETS) {
            // A bucket untouched for a minute is full again, so dropping it changes no decision.
            long idleSince = System.nanoTime() - 60_000_000_000L;
            buckets.values().removeIf(bucket -> bucket.updatedNanos < idleSince);
        }
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(perMinute));
        synchronized (bucket) {
            long now = System.nanoTime();
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedNanos) * perMinute / 60e9);
            bucket.updatedNanos = now;
            boolean allowed = bucket.tokens >= 1;
            if (cost > 0 && allowed || cost < 0) {
                bucket.tokens = Math.min(perMinute, bucket.tokens - cost);
            }
            return RateLimiter.Decision.of(allowed, perMinute, bucket.tokens);
        }
    }
}
