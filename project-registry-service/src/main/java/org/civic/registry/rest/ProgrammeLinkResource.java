package org.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.registry.api.ProgrammeLinkInput;
import org.civic.registry.api.ProgrammeLinkView;
import org.civic.registry.api.ProgrammeLinks;
import org.civic.registry.service.ProgrammeLinkService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tiers and carry-over: the projects of other programmes a programme lists, linked and never copied. */
@Path("/programmes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeLinkResource {

    private final ProgrammeLinkService service;

    public ProgrammeLinkResource(ProgrammeLinkService service) {
        this.service = service;
    }

    @GET
    @Path("/links")
    @Operation(
            operationId = "listProgrammeLinks",
            summary = "The programme's tier and the projects of other programmes it lists",
            description = "Provincial items a city carries out (CARRIES_OUT) and unfinished projects of earlier years"
                    + " continued as 续建 (CONTINUES); each stays one project of its own programme.")
    @APIResponse(
            responseCode = "200",
            description = "The tier and the links, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeLinks.class)))
    public ProgrammeLinks list(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return service.list(Params.pathUuid("id", id));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/links")
    @Operation(
            operationId = "linkProgrammeProject",
            summary = "List a project of another programme: a higher tier's item carried out, or a 续建 continuation",
            description = "CARRIES_OUT needs the project's programme to be of a region above this one's; CONTINUES one"
                    + " of the same region and an earlier year, and a project not cancelled (it enters the project's"
                    + " history as continuedIn). The project's programme must be published (422 naming why"
                    + " otherwise); 409 when this programme is closed or already lists the project.")
    @APIResponse(
            responseCode = "201",
            description = "Linked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeLinkView.class)))
    @APIResponse(responseCode = "422", description = "The link is not allowed (link-not-allowed), with the reason")
    public Response link(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull ProgrammeLinkInput input) {
        return service.link(Params.pathUuid("id", id), input).createdWithoutLocation();
    }
}
