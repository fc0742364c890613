package org.civic.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The per-client limit on duplicate suggestions ({@code registry.suggestions.*}): one client may submit the same
 * text (after normalisation) at most {@code max-duplicates} times within {@code duplicate-window}; an app relaying
 * many citizens may legitimately repeat a popular request a few times, a flood may not.
 */
@ConfigMapping(prefix = "registry.suggestions")
public interface SuggestionLimits {

    @WithDefault("3")
    int maxDuplicates();

    @WithDefault("PT24H")
    Duration duplicateWindow();
}
