package org.civic.progress.api;

import java.util.List;
import org.civic.common.feed.ChangeFeedQuery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the change feed, in commit order, and where to continue. */
@Schema(description = "Events in commit order, and the cursor to continue from")
public record ChangeFeedPage(
        @Schema(required = true, description = "The events after the cursor asked for, oldest first")
        List<ChangeEvent> items,

        @Schema(
                required = true,
                description = "Pass as `after` next time; equal to `after` when there was nothing new",
                examples = ChangeFeedQuery.CURSOR_EXAMPLE)
        String next) {}
