package org.civic.registry.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civic.common.web.Params;
import org.civic.registry.api.LineageView;
import org.civic.registry.api.ProjectYears;
import org.civic.registry.service.ProgrammeLinkService;
import org.civic.registry.service.VoteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a project came from (project → candidate → suggestions) and which programmes list it across years. */
@Path("/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Selection")
public class LineageResource {

    private final VoteService votes;
    private final ProgrammeLinkService links;

    public LineageResource(VoteService votes, ProgrammeLinkService links) {
        this.votes = votes;
        this.links = links;
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

    @GET
    @Path("/programmes")
    @Operation(
            operationId = "getProjectProgrammes",
            summary = "One project across programmes and years: its own programme, then those that list it",
            description = "A project continued as 续建 keeps its id and its history (GET /projects/{id}/history); the"
                    + " programmes of later years list it (CONTINUES), a lower tier's may carry it out (CARRIES_OUT).")
    @APIResponse(
            responseCode = "200",
            description = "The programmes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectYears.class)))
    public ProjectYears programmes(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return links.years(Params.pathUuid("id", id));
    }
}
