package org.civic.gateway.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.civic.gateway.service.PassThrough;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every public operation of the three services under /api/v1, passed through unchanged. The path is taken raw
 * from the request (not the decoded path parameter): PassThrough checks and forwards it as it was sent.
 */
@Path("/api/v1")
public class PassThroughResource {

    /** Any path below /api/v1; the gateway's own operations (views, admin) are more specific and win. */
    private static final String ANY = "{path: .+}";

    private final PassThrough passThrough;

    public PassThroughResource(PassThrough passThrough) {
        this.passThrough = passThrough;
    }

    @GET
    @Path(ANY)
    @Operation(hidden = true)
    public Response get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return passThrough.forward("GET", uri.getRequestUri(), headers, null);
    }

    @DELETE
    @Path(ANY)
    @Operation(hidden = true)
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return passThrough.forward("DELETE", uri.getRequestUri(), headers, null);
    }

    @POST
    @Path(ANY)
    @Operation(hidden = true)
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return passThrough.forward("POST", uri.getRequestUri(), headers, body);
    }

    @PUT
    @Path(ANY)
    @Operation(hidden = true)
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return passThrough.forward("PUT", uri.getRequestUri(), headers, body);
    }

    @PATCH
    @Path(ANY)
    @Operation(hidden = true)
    public Response patch(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return passThrough.forward("PATCH", uri.getRequestUri(), headers, body);
    }
}
