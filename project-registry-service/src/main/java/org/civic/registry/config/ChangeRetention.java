package org.civic.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the change feed keeps a change, and how often the purge runs (README "Change feed"). */
@ConfigMapping(prefix = "registry.changes")
public interface ChangeRetention {

    /** Changes older than this are deleted; a cursor from before then gets 410 (ISO-8601, e.g. P90D). */
    @WithDefault("P90D")
    Duration retention();

    /** How often the purge runs (a scheduler interval, e.g. 1h). */
    @WithDefault("1h")
    String purgeEvery();
}
