package org.civic.gateway.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stretch of the merged change feed and where to continue. */
@Schema(description = "Changes of the registry and of progress tracking, and the cursor to continue from")
public record ChangesPage(
        @Schema(
                required = true,
                description = "Oldest first: each source's changes in its commit order, the two merged by time")
        List<ChangeItem> items,

        @Schema(
                required = true,
                description = "Pass as `after` next time; equal to `after` when there was nothing new",
                maxLength = 41,
                examples = Examples.CHANGE_CURSOR)
        String next) {}
