package org.civic.common.feed;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of every service's {@code GET /changes} ({@code @BeanParam}): where to continue, and how many. */
public class ChangeFeedQuery {

    /** A cursor as the services' feeds write it. */
    public static final String CURSOR_EXAMPLE = "1042";

    @Parameter(
            description = "The `next` of the previous answer; without it, from the oldest entry kept",
            example = CURSOR_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{1,19}$"))
    @QueryParam("after")
    @Size(max = ChangeCursor.MAX_LENGTH)
    String after;

    @Parameter(
            description = "At most this many entries (1 to 1000, default 100)",
            example = "100",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000"))
    @QueryParam("limit")
    String limit;

    /** The position to read after; null for the oldest kept; 400 when malformed. */
    public Long after() {
        return ChangeCursor.parse("after", after);
    }

    /** 1 to {@link ChangeLog#MAX_LIMIT}, {@link ChangeLog#DEFAULT_LIMIT} when absent; 400 otherwise. */
    public int limit() {
        return ChangeLog.limit(limit);
    }
}
