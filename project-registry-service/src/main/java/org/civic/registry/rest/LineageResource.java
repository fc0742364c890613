package org.civic.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civic.common.web.Params;
import org.civic.registry.api.LineageView;
import org.civic.registry.service.VoteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a project came from: project → candidate → suggestions. */
@Path("/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Selection")
public class LineageResource {

    private final VoteService votes;

    public LineageResource(VoteService votes) {
        this.votes = votes;
    }

    @GET
    @Path("/lineage")
    @Operation(
            operationId = "getProjectLineage",
            summary =
                    "A project's lineage: the candidate, the confirmed vote that selected it, the suggestions behind it",
            description = "candidate and selection are null for a project entered directly. Suggestions are shown as"
                    + " anyone may see them, without contact data.")
    @APIResponse(
            responseCode = "200",
            description = "The lineage",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LineageView.class)))
    public LineageView lineage(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return votes.lineage(Params.pathUuid("id", id));
    }
}
