package org.civic.progress.config;

import io.smallrye.config.ConfigMapping;
import org.civic.common.feed.FeedRetention;

/** How long the change feed keeps an event, and how often the purge runs (README "Change feed"). */
@ConfigMapping(prefix = "progress.changes")
public interface ChangeRetention extends FeedRetention {}
