package org.civic.gateway.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.Params;
import org.civic.gateway.service.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Aggregated views over several services; parts that fail are listed in degraded")
/** The views read each service as the caller: the Authorization header here is the identity GatewayGuard signed. */
public class ViewResource {

    private final Views views;
    private final BusinessClock clock;

    public ViewResource(Views views, BusinessClock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GET
    @Path("/projects/{id}/overview")
    @Operation(summary = "A project with its milestones, latest approved report and status (as of a date)")
    public Response overview(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String identity, @Context Request request) {
        return views.projectOverview(Params.pathUuid("id", id), asOf(asOf), identity, request);
    }

    @GET
    @Path("/programmes/{id}/dashboard")
    @Operation(summary = "A programme's dashboard: phases, health, breakdowns, investment, achievement, delayed and overdue projects")
    public Response dashboard(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                              @HeaderParam(HttpHeaders.AUTHORIZATION) String identity, @Context Request request) {
        return views.programmeDashboard(Params.pathUuid("id", id), asOf(asOf), identity, request);
    }

    @GET
    @Path("/citizens/{id}/benefits")
    @Operation(summary = "A citizen's eligibility per programme with remaining quotas, and recent redemptions",
            description = "Reads personal data: send X-Purpose (why), as the benefits service logs every read.")
    public Response citizenBenefits(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                                    @HeaderParam(HttpHeaders.AUTHORIZATION) String identity, @HeaderParam("X-Purpose") String purpose,
                                    @Context Request request) {
        return views.citizenBenefits(Params.pathUuid("id", id), asOf(asOf), identity, purpose, request);
    }

    private LocalDate asOf(String value) {
        return clock.asOfOrToday(value);
    }
}
