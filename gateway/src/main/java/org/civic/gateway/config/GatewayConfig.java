package org.civic.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the services are and how long the gateway waits for them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Services services();

    /** A pass-through call's whole answer must start within this; a hanging service gets a 504, not a hanging socket. */
    @WithDefault("10s")
    Duration passThroughTimeout();

    @WithDefault("1s")
    Duration connectTimeout();

    /** Keep-alive connections the pass-through holds open to each service. */
    @WithDefault("64")
    int passThroughConnections();

    /**
     * An aggregated view answers with what it has after this (at or above every part's own timeout), so a
     * hanging service costs a view at most this long.
     */
    @WithDefault("2s")
    Duration viewDeadline();

    /** The public address of the API (scheme, host, port), as written into the merged document's servers. */
    String publicUrl();

    /** How long the merged OpenAPI document is reused before the services' documents are read again. */
    @WithDefault("60s")
    Duration openApiFreshFor();

    /** Each staff member's rate limit (API clients have their own, set when they are created). */
    @WithDefault("1200")
    int staffRatePerMinute();

    /** Requests without valid credentials allowed per client address and minute, before any key is looked up. */
    @WithDefault("60")
    int unauthenticatedRatePerMinute();

    RateLimit rateLimit();

    /** Where the callers' token buckets live (security/RateLimiter). */
    interface RateLimit {
        enum Store {
            /** Shared by every replica (quarkus.redis.hosts); in memory while Redis is out of reach. */
            REDIS,
            /** In this gateway's memory only: for a single replica without Redis. */
            MEMORY
        }

        @WithDefault("redis")
        Store store();

        /** Prefixed to every bucket's Redis key, so several suites (or test runs) can share one Redis. */
        @WithDefault("civic:rate:")
        String keyPrefix();

        /** How long a request waits for Redis before it is decided by this replica's buckets instead. */
        @WithDefault("250ms")
        Duration timeout();

        /** After Redis failed, how long this replica decides alone before it asks Redis again. */
        @WithDefault("5s")
        Duration retryAfter();
    }

    StaffTokens staffTokens();

    /** What the gateway demands of a staff JWT beyond a valid signature, issuer and expiry. */
    interface StaffTokens {
        /** The longest a token may be valid (exp - iat); longer-lived tokens are refused. */
        @WithDefault("12h")
        Duration maxLifetime();

        /** How far in the future iat may lie, for clocks that disagree a little. */
        @WithDefault("60s")
        Duration clockSkew();
    }

    Identity identity();

    /** The identity the gateway signs for the services on every call it forwards (see common/README). */
    interface Identity {
        /** The RS256 private key (PEM; a classpath resource or file: path); its public key goes to the services. */
        String signingKey();

        /** How long a signed identity is valid; the gateway reuses one for at most half of this. */
        @WithDefault("120s")
        Duration lifetime();
    }

    Webhooks webhooks();

    /** Webhook deliveries (README "Webhooks"). */
    interface Webhooks {
        /**
         * Whether a webhook may target loopback, link-local or private addresses: true only in tests, whose receivers
         * listen on 127.0.0.1. Everywhere else such targets are refused, at registration and again at delivery.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How often the dispatcher reads the feed and sends what is due ("off" stops it). */
        @WithDefault("5s")
        String pollEvery();

        /** The most feed items one tick enqueues. */
        @WithDefault("500")
        int feedBatch();

        /** The most deliveries one tick sends (in parallel, each with its own timeout). */
        @WithDefault("50")
        int deliveriesPerTick();

        /** How long one delivery may take, connecting included. */
        @WithDefault("10s")
        Duration timeout();

        /** The wait before the first retry; it doubles with every failure up to {@link #maxRetryDelay}. */
        @WithDefault("30s")
        Duration firstRetry();

        @WithDefault("1h")
        Duration maxRetryDelay();

        /** How long after its first attempt a delivery is retried before it is marked failed. */
        @WithDefault("24h")
        Duration retryFor();
    }

    /** The services' base URLs; their defaults (the ports of ./suite up) are in application.properties only. */
    interface Services {
        String registry();

        String progress();

        String benefits();
    }
}
