package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The rules of 督办 notices (README "Supervision notices"). */
@ConfigMapping(prefix = "progress.supervision")
public interface SupervisionRules {

    /** An automatic notice is due this many days after the day it is issued. */
    @WithDefault("15")
    int replyDays();
}
