package org.civic.registry.config;

import io.smallrye.config.ConfigMapping;
import org.civic.common.feed.FeedRetention;

/** How long the change feed keeps a change, and how often the purge runs (README "Change feed"). */
@ConfigMapping(prefix = "registry.changes")
public interface ChangeRetention extends FeedRetention {}
