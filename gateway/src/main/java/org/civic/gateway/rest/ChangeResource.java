package org.civic.gateway.rest;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civic.common.feed.ChangeLog;
import org.civic.gateway.api.ChangesPage;
import org.civic.gateway.api.Examples;
import org.civic.gateway.service.ApiDocument;
import org.civic.gateway.service.MergedChanges;
import org.civic.gateway.service.MergedCursor;
import org.civic.gateway.service.PublicPath;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merged change feed; the Authorization header here is the identity GatewayGuard signed for the caller. */
@Path(PublicPath.ROOT + "/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Changes",
        description = "Every committed change of the registry and of progress tracking, for apps that sync without"
                + " re-crawling (or receive them by webhook)")
public class ChangeResource {

    private final MergedChanges changes;

    public ChangeResource(MergedChanges changes) {
        this.changes = changes;
    }

    @GET
    @Operation(
            operationId = "listChanges",
            extensions = @Extension(name = ApiDocument.CALLS_SERVICES, value = "true"),
            summary = "Read the changes after a cursor: projects, programmes, reports approved, milestones met …",
            description = "Poll with the `next` of the previous answer; a change is never missed, and each source's"
                    + " changes come in its commit order. API clients see only published programmes' changes (and"
                    + " every region and department). 410 when the cursor is older than a source's retention (90"
                    + " days): take GET /changes/head, re-read what you keep, then follow the feed from that head.")
    @APIResponse(
            responseCode = "200",
            description = "The changes after the cursor, oldest first, and the cursor to continue from.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesPage.class),
                            examples =
                                    @ExampleObject(
                                            name = "xinxiangParking",
                                            summary = "新乡 2024: a project edited, a report approved, the programme"
                                                    + " republished",
                                            value = Examples.CHANGES)))
    @APIResponse(responseCode = "410", description = "The cursor is older than the retention; re-sync from the head.")
    public Response list(
            @Parameter(
                            description = "The `next` of the previous answer; without it, from the oldest change kept",
                            example = Examples.CHANGE_CURSOR,
                            schema = @Schema(type = SchemaType.STRING, pattern = MergedCursor.PATTERN))
                    @QueryParam("after")
                    @Size(max = MergedCursor.MAX_LENGTH)
                    String after,
            @Parameter(
                            description = "At most this many changes (1 to 1000, default 100)",
                            example = "100",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "1000"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String identity) {
        return changes.answer(MergedCursor.parse("after", after), ChangeLog.limit(limit), identity);
    }

    @GET
    @Path("/head")
    @Operation(
            operationId = "getChangesHead",
            extensions = @Extension(name = ApiDocument.CALLS_SERVICES, value = "true"),
            summary = "The cursor of the newest change",
            description = "To (re-)sync: take the head first, read what you keep, then poll GET /changes?after=<next>.")
    @APIResponse(
            responseCode = "200",
            description = "No items, and the cursor of the newest change as `next`.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChangesPage.class),
                            examples = @ExampleObject(name = "head", value = Examples.CHANGES_HEAD)))
    public Response head(@Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String identity) {
        return changes.head(identity);
    }
}
