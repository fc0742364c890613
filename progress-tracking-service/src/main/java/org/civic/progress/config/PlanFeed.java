package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the plan read model follows the registry's change feed (README "Plan read model"). */
@ConfigMapping(prefix = "progress.plan")
public interface PlanFeed {

    /** How often the consumer reads the feed; it reads to the end each time. */
    @WithDefault("1s")
    Duration pollEvery();

    /** Changes per read and per transaction (the registry allows up to 1000). */
    @WithDefault("1000")
    int pageSize();

    /**
     * How many of the most recent published programmes get today's summary computed once the read model is first
     * current (0: none).
     */
    @WithDefault("20")
    int warmSummaries();

    /** The private key of this service's identity (common/security/ServiceIdentity), which the registry accepts. */
    String signingKey();

    /** How long one signed identity is used before another is signed. */
    @WithDefault("5m")
    Duration identityLifetime();
}
