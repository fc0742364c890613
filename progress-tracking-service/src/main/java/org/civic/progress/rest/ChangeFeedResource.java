package org.civic.progress.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civic.common.feed.ChangeFeedQuery;
import org.civic.progress.api.ChangeFeedPage;
import org.civic.progress.api.Examples;
import org.civic.progress.service.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Changes",
        description = "Reports approved or returned, milestones met, project statuses changed: in commit order")
public class ChangeFeedResource {

    private final ChangeFeed feed;

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(
            operationId = "listChanges",
            summary = "Read the events after a cursor, in commit order",
            description = "Poll with the `next` of the previous answer; an event is never missed or reordered. API"
                    + " clients see the events of published programmes only. A cursor older than the retention is 410:"
                    + " re-sync from GET /changes/head.")
    @APIResponse(
            responseCode = "200",
            description = "The events after the cursor, oldest first, and the cursor to continue from",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeFeedPage.class),
                            examples = @ExampleObject(name = "jinjiangCompleted", value = Examples.CHANGES)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention; re-sync")
    public ChangeFeedPage list(@BeanParam ChangeFeedQuery query) {
        return feed.read(query.after(), query.limit());
    }

    @GET
    @Path("/head")
    @Operation(
            operationId = "getChangesHead",
            summary = "The cursor of the newest event",
            description = "To (re-)sync: take the head first, read what you keep, then poll GET /changes?after=<next>.")
    @APIResponse(
            responseCode = "200",
            description = "No items, and the cursor of the newest event as `next`",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeFeedPage.class),
                            examples = @ExampleObject(name = "head", value = Examples.CHANGES_HEAD)))
    public ChangeFeedPage head() {
        return feed.head();
    }
}
