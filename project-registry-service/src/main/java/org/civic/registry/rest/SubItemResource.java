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
import org.civic.registry.api.SubItemInput;
import org.civic.registry.api.SubItems;
import org.civic.registry.service.SubItemService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's sub-items and the roll-up shares the parent's figures are weighed by. */
@Path("/projects/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class SubItemResource {

    private final SubItemService service;

    public SubItemResource(SubItemService service) {
        this.service = service;
    }

    @GET
    @Path("/sub-items")
    @Operation(
            operationId = "listSubItems",
            summary = "A project's sub-items, ordered by code, each with its share of the parent's roll-up",
            description = "Shares sum to 1: explicit weights when every sub-item has one, else by planned investment"
                    + " when every sub-item has one, else equal (README \"Sub-items\").")
    @APIResponse(
            responseCode = "200",
            description = "The sub-items and the roll-up basis",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubItems.class)))
    public SubItems list(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return service.list(Params.pathUuid("id", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Path("/sub-items")
    @Operation(
            operationId = "addSubItem",
            summary = "Add a sub-item to a project (admin, or the editor of the project's department)",
            description = "422 when its weight breaks the rule that every sub-item of the project has one or none"
                    + " does; 409 when the code is taken.")
    @APIResponse(
            responseCode = "201",
            description = "Added: every sub-item with the new shares",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubItems.class)))
    @APIResponse(responseCode = "422", description = "Weights given for some sub-items only (sub-item-weights)")
    public Response add(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull SubItemInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(service.add(Params.pathUuid("id", id), input))
                .build();
    }
}
