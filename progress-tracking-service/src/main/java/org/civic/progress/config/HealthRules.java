package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The documented thresholds of schedule health (see the module README). */
@ConfigMapping(prefix = "progress.health")
public interface HealthRules {

    /** AT_RISK when completion trails elapsed planned time by more than this many percentage points. */
    @WithDefault("15")
    int behindMarginPoints();

    /** AT_RISK when a started, unfinished project has no approved report this many days before the as-of date. */
    @WithDefault("92")
    int reportingPeriodDays();
}
