package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's change feed and lists, read with this service's own identity (never a caller's: the consumer runs
 * outside any request); wrapped by {@link RegistryFeed}, which adds fault tolerance.
 */
@RegisterRestClient(configKey = "registry")
@Path("/")
interface RegistryFeedApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Changes(List<RegistryChange> items, String next) {}

    @GET
    @Path("changes")
    Changes changes(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @QueryParam("after") String after,
            @QueryParam("limit") int limit);

    @GET
    @Path("changes/head")
    Changes head(@HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("regions")
    RegistryApi.Page<JsonNode> regions(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("departments")
    RegistryApi.Page<JsonNode> departments(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("programmes")
    RegistryApi.Page<JsonNode> programmes(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("programmes/{id}/projects")
    List<JsonNode> projects(@HeaderParam(HttpHeaders.AUTHORIZATION) String identity, @PathParam("id") UUID programmeId);

    /** 410: the cursor is older than the feed's retention; any other 4xx is a refusal (never a registry failure). */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        int status = response.getStatus();
        if (status == 410) {
            return new RegistryFeedExpired();
        }
        return status >= 400 && status < 500 ? RegistryRefusal.of(response) : null;
    }
}
