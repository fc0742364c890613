package org.civic.progress.rest;

import org.civic.common.web.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import org.civic.common.web.ETags;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.progress.api.ReportInput;
import org.civic.progress.api.ReturnRequest;
import org.civic.progress.entity.Report;
import org.civic.progress.mapping.ProgressMapper;
import org.civic.progress.service.ProjectCheck;
import org.civic.progress.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports", description = "DRAFT → SUBMITTED → APPROVED or RETURNED; only approved reports count")
public class ReportResource {

    private final ReportService service;
    private final ProgressMapper mapper;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ProjectCheck projects;
    private final BusinessClock clock;

    public ReportResource(ReportService service, ProgressMapper mapper, Idempotency idempotency, Caller caller,
                          ProjectCheck projects, BusinessClock clock) {
        this.projects = projects;
        this.clock = clock;
        this.caller = caller;
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Transactional
    @Path("projects/{projectId}/reports")
    @Operation(summary = "A project's reports, newest period first, optionally of one state and as of a date "
            + "(only reports whose period end is on or before it, the rule the figures use)")
    public Response list(@PathParam("projectId") String projectId, @QueryParam("state") String state,
                         @QueryParam("asOf") String asOf, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return service.ofProject(Params.pathUuid("projectId", projectId), Params.enumValue("state", state, Report.State.class),
                        clock.asOf(asOf), page)
                .map(mapper::toView).toResponse(uri);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Path("projects/{projectId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a draft report (indicator keys are checked against the registry)")
    public Response create(@PathParam("projectId") String projectId, @Valid @NotNull ReportInput input,
                           @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        UUID project = Params.pathUuid("projectId", projectId);
        // A replay is returned only to a caller who may still write to the project (its department, not cancelled).
        return idempotency.execute(key, "POST /projects/" + project + "/reports", input,
                () -> projects.writable(project), () -> {
            Report report = service.create(project, input, caller.name());
            return Response.created(uri.getBaseUriBuilder().path("reports").path(report.id.toString()).build())
                    .entity(mapper.toView(report)).tag(ETags.of(report.version)).build();
        });
    }

    @GET
    @Transactional
    @Path("reports/{id}")
    @Operation(summary = "Read one report")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Report report = service.get(Params.pathUuid("id", id));
        return ETags.conditional(request, mapper.toView(report), report.version);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @PUT
    @Transactional
    @Path("reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a draft or returned report (If-Match required); approved reports are never edited")
    public Response update(@PathParam("id") String id, @Valid @NotNull ReportInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.update(Params.pathUuid("id", id), input, ifMatch));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Transactional
    @Path("reports/{id}/submit")
    @Operation(summary = "Submit a draft or returned report for review")
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.submit(Params.pathUuid("id", id), ifMatch));
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Transactional
    @Path("reports/{id}/approve")
    @Operation(summary = "Approve a submitted report; from now on it counts (a correction supersedes the report it corrects)")
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.approve(Params.pathUuid("id", id), ifMatch, caller.name()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
    @POST
    @Transactional
    @Path("reports/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted report to its reporter with a comment")
    public Response giveBack(@PathParam("id") String id, @Valid @NotNull ReturnRequest request,
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.giveBack(Params.pathUuid("id", id), ifMatch, caller.name(), request.comment()));
    }

    private Response ok(Report report) {
        return Response.ok(mapper.toView(report)).tag(ETags.of(report.version)).build();
    }
}
