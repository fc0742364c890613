package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The cut-offs of the completion classes 完成 / 基本完成 / 未完成 (README "Rules"): a project is 完成 once its COMPLETED
 * milestone is met or its completion reaches {@link #completedAtPercent()}, 基本完成 once BASICALLY_COMPLETED is met
 * or it reaches {@link #basicallyCompletedAtPercent()}.
 */
@ConfigMapping(prefix = "progress.completion")
public interface CompletionCutoffs {

    /** 完成 at or above this completion percent. */
    @WithDefault("100")
    int completedAtPercent();

    /** 基本完成 at or above this completion percent (at most {@link #completedAtPercent()}). */
    @WithDefault("90")
    int basicallyCompletedAtPercent();
}
