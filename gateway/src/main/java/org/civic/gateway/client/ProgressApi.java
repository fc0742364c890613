package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "progress")
@Path("/")
interface ProgressApi {

    @GET
    @Path("projects/{id}/milestones")
    JsonNode milestones(
            @PathParam("id") UUID projectId,
            @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("projects/{id}/reports")
    JsonNode reports(
            @PathParam("id") UUID projectId,
            @QueryParam("state") String state,
            @QueryParam("size") int size,
            @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    @GET
    @Path("projects/{id}/status")
    JsonNode status(
            @PathParam("id") UUID projectId,
            @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

    /** 200 with the summary and its ETag, or 304 when {@code ifNoneMatch} still names it. */
    @GET
    @Path("programmes/{id}/summary")
    Response summary(
            @PathParam("id") UUID programmeId,
            @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity);

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
