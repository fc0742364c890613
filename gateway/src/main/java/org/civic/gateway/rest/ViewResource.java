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
import org.civic.gateway.api.CitizenBenefits;
import org.civic.gateway.api.Examples;
import org.civic.gateway.api.ProgrammeDashboard;
import org.civic.gateway.api.ProjectOverview;
import org.civic.gateway.service.ApiDocument;
import org.civic.gateway.service.PublicPath;
import org.civic.gateway.service.Views;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The views read each service as the caller: the Authorization header here is the identity GatewayGuard signed. */
@Path(PublicPath.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Aggregated views over several services; parts that fail are listed in degraded")
public class ViewResource {

    private static final String AS_OF =
            "The day the view speaks for (YYYY-MM-DD, the city's day); today when absent, " + "never in the future.";
    private static final String ETAG = "A digest of a complete view; send it as If-None-Match to get 304 while it "
            + "holds. A degraded view has none (Cache-Control: no-store).";

    private final Views views;
    private final BusinessClock clock;

    public ViewResource(Views views, BusinessClock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GET
    @Path("/projects/{id}/overview")
    @Operation(
            operationId = "getProjectOverview",
            extensions = @Extension(name = ApiDocument.CALLS_SERVICES, value = "true"),
            summary = "A project with its milestones, latest approved report and status (as of a date)",
            description = "The registry's project is required (404 when unknown, 502/503/504 when the registry fails); "
                    + "the progress parts are optional.")
    @APIResponse(
            responseCode = "200",
            description = "The overview.",
            headers =
                    @Header(
                            name = "ETag",
                            description = ETAG,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectOverview.class),
                            examples =
                                    @ExampleObject(
                                            name = "xinxiangParking",
                                            summary = "新乡 2024: parking spaces at 157.8 %",
                                            value = Examples.OVERVIEW)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current view.")
    public Response overview(
            @Parameter(description = "The project's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @Context Request request) {
        return views.projectOverview(Params.pathUuid("id", id), asOf(asOf), identity, request);
    }

    @GET
    @Path("/programmes/{id}/dashboard")
    @Operation(
            operationId = "getProgrammeDashboard",
            extensions = @Extension(name = ApiDocument.CALLS_SERVICES, value = "true"),
            summary =
                    "A programme's dashboard: phases, health, named breakdowns, investment, achievement, delayed and overdue projects",
            description = "The registry's programme is required; the progress figures are optional. Everything a chart "
                    + "needs is in one answer: names (zh, en) next to codes and ids, labels for every code, money as "
                    + "two-decimal strings, null for what is unknown. For figures over time see getProgrammeSeries.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard.",
            headers =
                    @Header(
                            name = "ETag",
                            description = ETAG,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeDashboard.class),
                            examples =
                                    @ExampleObject(
                                            name = "jinjiang2022",
                                            summary = "晋江 2022 at the end of October: 6 "
                                                    + "completed, 2 basically completed",
                                            value = Examples.DASHBOARD)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current view.")
    public Response dashboard(
            @Parameter(description = "The programme's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @Context Request request) {
        return views.programmeDashboard(Params.pathUuid("id", id), asOf(asOf), identity, request);
    }

    @GET
    @Path("/citizens/{id}/benefits")
    @Operation(
            operationId = "getCitizenBenefits",
            extensions = @Extension(name = ApiDocument.CALLS_SERVICES, value = "true"),
            summary = "A citizen's eligibility per programme with remaining quotas, and recent redemptions",
            description = "Reads personal data: send X-Purpose (why), as the benefits service logs every read. Needs "
                    + "admin or benefits-officer (the benefits service decides).")
    @APIResponse(
            responseCode = "200",
            description = "The citizen's benefits.",
            headers =
                    @Header(
                            name = "ETag",
                            description = ETAG,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CitizenBenefits.class),
                            examples =
                                    @ExampleObject(
                                            name = "quanzhouBloodDonor",
                                            summary = "A 泉州 blood donor who used this " + "year's health check",
                                            value = Examples.CITIZEN_BENEFITS)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current view.")
    public Response citizenBenefits(
            @Parameter(
                            description = "The citizen's pseudonymous id.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(description = AS_OF, schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String identity,
            @Parameter(
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "Why the citizen's " + "data is read (kept in the citizen's access log).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200, examples = "counter service"))
                    @HeaderParam("X-Purpose")
                    String purpose,
            @Context Request request) {
        return views.citizenBenefits(Params.pathUuid("id", id), asOf(asOf), identity, purpose, request);
    }

    private LocalDate asOf(String value) {
        return clock.asOfOrToday(value);
    }
}
