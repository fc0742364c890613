package org.civic.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Reads of a citizen's data; the benefits service logs each with who asked and why. */
@RegisterRestClient(configKey = "benefits")
@Path("/")
interface BenefitsApi {

    @GET
    @Path("citizens/{id}/eligibility")
    JsonNode eligibility(
            @PathParam("id") UUID citizenId,
            @QueryParam("asOf") LocalDate asOf,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @HeaderParam("X-Purpose") String purpose);

    @GET
    @Path("citizens/{id}/redemptions")
    JsonNode redemptions(
            @PathParam("id") UUID citizenId,
            @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @HeaderParam("X-Purpose") String purpose);
}
