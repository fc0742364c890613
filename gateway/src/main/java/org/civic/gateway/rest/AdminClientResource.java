package org.civic.gateway.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.gateway.api.ClientInput;
import org.civic.gateway.api.ClientView;
import org.civic.gateway.api.Examples;
import org.civic.gateway.security.GatewayGuard;
import org.civic.gateway.service.ApiClients;
import org.civic.gateway.service.PublicPath;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(PublicPath.ROOT + "/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Third-party apps, their keys, scopes and rate limits (admin only)")
@SecurityRequirement(name = "StaffToken", scopes = Roles.ADMIN) // AccessRules: the admin API is for staff with admin
public class AdminClientResource {

    private final ApiClients clients;

    public AdminClientResource(ApiClients clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // a random id and key: nothing to collide with
    @Operation(
            operationId = "createApiClient",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Create an API client; the answer is the only time its key is shown",
            description = "Only the key's SHA-256 is kept: store the key from this answer.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClientInput.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.CLIENT_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "The client, with its key (shown this once).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClientView.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.CLIENT_CREATED)))
    public Response create(
            @Valid @NotNull ClientInput input,
            @Parameter(hidden = true) @HeaderParam(GatewayGuard.CALLER_NAME) String admin) {
        // No Location: a client has no GET of its own (it is read through the list), and the body carries its id.
        return clients.create(input, admin).createdWithoutLocation();
    }

    @GET
    @Operation(
            operationId = "listApiClients",
            summary = "List API clients (never their keys)",
            description = "Revoked clients stay listed with revokedAt.")
    @APIResponse(
            responseCode = "200",
            description = "Every client, revoked ones included.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ClientView.class),
                            examples = @ExampleObject(name = "newsApp", value = Examples.CLIENTS)))
    public List<ClientView> list() {
        return clients.list();
    }

    @DELETE
    @Path("/{id}")
    // one row, stamped once
    @Operation(
            operationId = "deleteApiClient",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Revoke an API client's key",
            description =
                    "The key stops working within 30 s (the gateway's key cache); " + "revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    public Response revoke(
            @Parameter(description = "The client's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        clients.revoke(Params.pathUuid("id", id));
        return Response.noContent().build();
    }
}
