package org.civic.registry.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civic.common.feed.ChangeFeedQuery;
import org.civic.registry.api.ChangeFeedPage;
import org.civic.registry.service.ChangeFeed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes", description = "Every committed change of the registry, in commit order, for consumers that sync")
public class ChangeFeedResource {

    private final ChangeFeed feed;

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(
            operationId = "listChanges",
            summary = "Read the changes after a cursor, in commit order",
            description = "Poll with the `next` of the previous answer; a change is never missed or reordered. API"
                    + " clients see the changes of published programmes and their projects, and of every region and"
                    + " department. A cursor older than the retention is 410: re-sync from GET /changes/head.")
    @APIResponse(
            responseCode = "200",
            description = "The changes after the cursor, oldest first, and the cursor to continue from",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeFeedPage.class)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention; re-sync")
    public ChangeFeedPage list(@BeanParam ChangeFeedQuery query) {
        return feed.read(query.after(), query.limit());
    }

    @GET
    @Path("/head")
    @Operation(
            operationId = "getChangesHead",
            summary = "The cursor of the newest change",
            description = "To (re-)sync: take the head first, read the lists, then poll GET /changes?after=<next>.")
    @APIResponse(
            responseCode = "200",
            description = "No items, and the cursor of the newest change as `next`",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangeFeedPage.class)))
    public ChangeFeedPage head() {
        return feed.head();
    }
}
