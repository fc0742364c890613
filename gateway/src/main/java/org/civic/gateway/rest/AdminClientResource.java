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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civic.common.web.Params;
import org.civic.gateway.api.ClientInput;
import org.civic.gateway.api.ClientView;
import org.civic.gateway.security.GatewayGuard;
import org.civic.gateway.service.ApiClients;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients", description = "Third-party apps, their keys, scopes and rate limits (admin only)")
public class AdminClientResource {

    private final ApiClients clients;

    public AdminClientResource(ApiClients clients) {
        this.clients = clients;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client; the answer is the only time its key is shown")
    public Response create(@Valid @NotNull ClientInput input, @HeaderParam(GatewayGuard.CALLER_NAME) String admin, @Context UriInfo uri) {
        ClientView client = clients.create(input, admin);
        return Response.created(uri.getAbsolutePathBuilder().path(client.id().toString()).build()).entity(client).build();
    }

    @GET
    @Operation(summary = "List API clients (never their keys)")
    public List<ClientView> list() {
        return clients.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API client's key")
    public Response revoke(@PathParam("id") String id) {
        clients.revoke(Params.pathUuid("id", id));
        return Response.noContent().build();
    }
}
