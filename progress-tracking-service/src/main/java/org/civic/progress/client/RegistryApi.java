package org.civic.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The registry's HTTP API as this service uses it; wrapped by {@link Registry}, which adds fault tolerance. Each
 * call carries the caller's own gateway identity (propagated Authorization), so the registry applies its rules.
 */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders
@Path("/")
interface RegistryApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, long total) {}

    @GET
    @Path("projects")
    Page<RegistryProject> projects(@QueryParam("ids") String ids, @QueryParam("size") int size);

    @GET
    @Path("departments/{id}")
    RegistryDepartment department(@PathParam("id") UUID id);

    @GET
    @Path("regions/{code}")
    RegistryRegion region(@PathParam("code") String code);

    @GET
    @Path("programmes/{id}")
    RegistryProgramme programme(@PathParam("id") UUID programmeId);

    /**
     * Every 4xx becomes a {@link RegistryRefusal} (the caller's answer, never counted as a registry failure); 5xx
     * and transport errors keep the default mapping and count.
     */
    @ClientExceptionMapper
    static RuntimeException refusal(Response response) {
        int status = response.getStatus();
        return status >= 400 && status < 500 ? RegistryRefusal.of(response) : null;
    }

    /** 200 with the list and its ETag, 304 when {@code ifNoneMatch} is still current, or (thrown by {@link #refusal}) a 404. */
    @GET
    @Path("programmes/{id}/projects")
    Response programmeProjects(@PathParam("id") UUID programmeId, @HeaderParam("If-None-Match") String ifNoneMatch);
}
