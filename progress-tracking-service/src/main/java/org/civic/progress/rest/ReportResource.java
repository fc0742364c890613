package org.civic.progress.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.progress.api.Examples;
import org.civic.progress.api.Pages;
import org.civic.progress.api.ReportInput;
import org.civic.progress.api.ReportView;
import org.civic.progress.api.ReturnRequest;
import org.civic.progress.entity.Report;
import org.civic.progress.service.ProjectCheck;
import org.civic.progress.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports", description = "DRAFT → SUBMITTED → APPROVED or RETURNED; only approved reports count")
public class ReportResource {

    private static final String REPORT_ID = "The report's id";

    private final ReportService service;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ProjectCheck projects;
    private final BusinessClock clock;

    public ReportResource(
            ReportService service, Idempotency idempotency, Caller caller, ProjectCheck projects, BusinessClock clock) {
        this.projects = projects;
        this.clock = clock;
        this.caller = caller;
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Path("projects/{projectId}/reports")
    @Operation(
            operationId = "listProjectReports",
            summary = "A project's reports, newest period first, optionally of one state and as of a date "
                    + "(only reports whose period end is on or before it, the rule the figures use)",
            description =
                    "?state=APPROVED&size=1&asOf=D is the latest approved report as of D, the one the project's status uses.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the project's reports",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.ReportPage.class)))
    public RestResponse<Page<ReportView>> list(
            @Parameter(
                            description = MilestoneResource.PROJECT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROJECT_ID)
                    @PathParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Only reports in this state (case-insensitive)",
                            schema = @Schema(implementation = Report.State.class),
                            example = "APPROVED")
                    @QueryParam("state")
                    String state,
            @Parameter(
                            description =
                                    "Only reports whose period ended on or before this day (YYYY-MM-DD), not in the future "
                                            + "(400); without it every report is listed",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2024-12-31")
                    @QueryParam("asOf")
                    String asOf,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.ofProject(
                        Params.pathUuid("projectId", projectId),
                        Params.enumValue("state", state, Report.State.class),
                        clock.asOf(asOf),
                        page)
                .toRestResponse(uri);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Path("projects/{projectId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createReport",
            summary = "File a draft report (indicator keys are checked against the registry)",
            description =
                    "The reporter is the caller. A correction names the approved report it corrects in supersedesId "
                            + "(409 when that report is not approved or of another project).")
    @APIResponse(
            responseCode = "201",
            description = "Filed as DRAFT",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "The new report, /reports/{id}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = HttpHeaders.ETAG,
                        description = ETags.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Parameter(
                            description = MilestoneResource.PROJECT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROJECT_ID)
                    @PathParam("projectId")
                    String projectId,
            @Valid @NotNull ReportInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        UUID project = Params.pathUuid("projectId", projectId);
        // A replay is returned only to a caller who may still write to the project (its department, not cancelled).
        return idempotency.execute(
                key,
                "POST /projects/" + project + "/reports",
                input,
                () -> projects.writable(project),
                () -> service.create(project, input, caller.name())
                        .created(uri.getBaseUriBuilder().path("reports")));
    }

    @GET
    @Path("reports/{id}")
    @Operation(
            operationId = "getReport",
            summary = "Read one report",
            description = "Its ETag is what PUT and the workflow steps take in If-Match.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = ETags.EXAMPLE)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = REPORT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.REPORT_ID)
                    @PathParam("id")
                    String id,
            @Context Request request) {
        Stored<ReportView> report = service.read(Params.pathUuid("id", id));
        return ETags.conditional(request, report.view(), report.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @PUT
    @Path("reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replaceReport",
            summary = "Change a draft or returned report (If-Match required); approved reports are never edited",
            description =
                    "Another state is a 409 (file a correction with supersedesId instead); supersedesId cannot change (400).")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    public Response update(
            @Parameter(
                            description = REPORT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.REPORT_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull ReportInput input,
            @Parameter(description = ETags.IF_MATCH_REQUIRED, required = true, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(Params.pathUuid("id", id), input, ifMatch).ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Path("reports/{id}/submit")
    @Operation(
            operationId = "submitReport",
            summary = "Submit a draft or returned report for review",
            description =
                    "Another state is a 409; its indicators are checked against the registry again (400 when one has gone).")
    @APIResponse(
            responseCode = "200",
            description = "Now SUBMITTED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    public Response submit(
            @Parameter(
                            description = REPORT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.REPORT_ID)
                    @PathParam("id")
                    String id,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.submit(Params.pathUuid("id", id), ifMatch).ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("reports/{id}/approve")
    @Operation(
            operationId = "approveReport",
            summary =
                    "Approve a submitted report; from now on it counts (a correction supersedes the report it corrects)",
            description = "Only a SUBMITTED report can be approved (409 otherwise); the reviewer is the caller.")
    @APIResponse(
            responseCode = "200",
            description = "Now APPROVED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    public Response approve(
            @Parameter(
                            description = REPORT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.REPORT_ID)
                    @PathParam("id")
                    String id,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.approve(Params.pathUuid("id", id), ifMatch, caller.name())
                .ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Path("reports/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "returnReport",
            summary = "Return a submitted report to its reporter with a comment",
            description =
                    "Only a SUBMITTED report can be returned (409 otherwise); the reporter edits it and submits again.")
    @APIResponse(
            responseCode = "200",
            description = "Now RETURNED",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class)))
    public Response giveBack(
            @Parameter(
                            description = REPORT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.REPORT_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull ReturnRequest request,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.giveBack(Params.pathUuid("id", id), ifMatch, caller.name(), request.comment())
                .ok();
    }
}
