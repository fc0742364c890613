package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "registry")
@Path("/")
interface RegistryApi {

    @GET
    @Path("projects/{id}")
    JsonNode project(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("programmes/{id}")
    JsonNode programme(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("changes")
    JsonNode changes(
            @QueryParam("after") String after,
            @QueryParam("limit") int limit,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("changes/head")
    JsonNode changesHead(@HeaderParam(HttpHeaders.AUTHORIZATION) String identity);
}
