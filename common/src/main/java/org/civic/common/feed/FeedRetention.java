package org.civic.common.feed;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long a change feed keeps a change, and how often its purge runs. Each service maps it under its own prefix
 * ({@code @ConfigMapping(prefix = "<service>.changes")} on an interface that extends this one).
 */
public interface FeedRetention {

    /** Changes older than this are deleted; a cursor from before then gets 410 (ISO-8601, e.g. P90D). */
    @WithDefault("P90D")
    Duration retention();

    /** How often the purge runs (a scheduler interval, e.g. 1h). */
    @WithDefault("1h")
    String purgeEvery();
}
