package org.civic.registry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.registry.api.CancelRequest;
import org.civic.registry.api.ChangeView;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.read.ProjectReads;
import org.civic.registry.read.ReadHeaders;
import org.civic.registry.repository.ProjectFilter;
import org.civic.registry.service.ProjectPatcher;
import org.civic.registry.service.ProjectService;
import org.civic.registry.service.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The promised projects, their indicators (targets) and change history")
public class ProjectResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int MAX_IDS = 500;

    private final ProjectService service;
    private final ProjectPatcher patcher;
    private final RegionService regions;
    private final RegistryMapper mapper;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ProjectReads reads;

    public ProjectResource(ProjectService service, ProjectPatcher patcher, RegionService regions,
                           RegistryMapper mapper, Idempotency idempotency, Caller caller, ProjectReads reads) {
        this.caller = caller;
        this.reads = reads;
        this.service = service;
        this.patcher = patcher;
        this.regions = regions;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "Search projects", description = "Filters combine with AND. region and district include "
            + "sub-regions; department matches lead or co-responsible; q searches title and description (Chinese "
            + "works: q=食堂 finds 长者食堂); ids takes up to 500 comma-separated ids. sort: code, title, "
            + "plannedInvestment, plannedStart, plannedEnd, createdAt, updatedAt, '-' for descending.")
    public Response list(@QueryParam("programmeId") String programmeId, @QueryParam("year") String year,
                         @QueryParam("region") String region, @QueryParam("domain") String domain,
                         @QueryParam("department") String department, @QueryParam("district") String district,
                         @QueryParam("state") String state, @QueryParam("q") String q, @QueryParam("ids") String ids,
                         @QueryParam("sort") String sort, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
                         @Context Request request) {
        String text = Params.text(q);
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q", "at most 100 characters");
        }
        ProjectFilter filter = new ProjectFilter(Params.uuid("programmeId", programmeId),
                Params.integer("year", year, 2000, 2100), regions.selfAndDescendants(Params.text(region), "region"),
                Params.text(domain), Params.uuid("department", department),
                regions.selfAndDescendants(Params.text(district), "district"),
                Params.enumValue("state", state, Project.State.class), text, Params.uuids("ids", ids, MAX_IDS));
        ProjectReads.RenderedPage found = reads.page(service.visibleTo(filter), sort, page);
        EntityTag tag = new EntityTag(found.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return ReadHeaders.callerDependent(notModified.tag(tag)).build();
        }
        // Link and X-Total-Count as Page#toResponse writes them, for the kept page's numbers.
        Response headers = new Page<>(List.of(), found.page(), found.size(), found.total()).toResponse(uri);
        return ReadHeaders.callerDependent(Response.fromResponse(headers)
                .entity(found.json()).type(MediaType.APPLICATION_JSON_TYPE).tag(tag)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one project")
    public Response get(@PathParam("id") String id, @Context Request request) {
        UUID projectId = Params.pathUuid("id", id);
        // A project of a draft programme does not exist for API clients (as ProjectService#get).
        ProjectReads.Head head = reads.head(projectId)
                .filter(h -> caller.staff() || h.programmeState() != Programme.State.DRAFT)
                .orElseThrow(() -> ProblemException.notFound("Project", projectId));
        EntityTag tag = ETags.of(head.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return ReadHeaders.callerDependent(notModified.tag(tag)).build();
        }
        ProjectReads.Versioned body = reads.project(projectId, head.version())
                .orElseThrow(() -> ProblemException.notFound("Project", projectId));
        return ReadHeaders.callerDependent(Response.ok(body.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(ETags.of(body.version()))).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Operation(summary = "Create a project in a programme")
    public Response create(@Valid @NotNull ProjectInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        // A replay is returned only to a caller who may still create this project (an editor: in its department).
        return idempotency.execute(key, "POST /projects", input,
                () -> caller.requireDepartment(input.leadDepartmentId(), "projects"), () -> {
            Project project = service.create(input, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(project.id.toString()).build())
                    .entity(mapper.toView(project)).tag(ETags.of(project.version)).build();
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @PUT
    @Transactional // the answer is mapped inside the write's transaction
    @Path("/{id}")
    @Operation(summary = "Replace a project (If-Match required; a reason when targets, dates or investment change)")
    public Response update(@PathParam("id") String id, @Valid @NotNull ProjectInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Project project = service.update(Params.pathUuid("id", id), input, ifMatch, caller.name());
        return Response.ok(mapper.toView(project)).tag(ETags.of(project.version)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @PATCH
    @Transactional
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a project (JSON Merge Patch, RFC 7396; If-Match required)")
    public Response patch(@PathParam("id") String id, @NotNull JsonNode patch,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID projectId = Params.pathUuid("id", id);
        ProjectInput input = patcher.merge(service.get(projectId), patch);
        Project project = service.update(projectId, input, ifMatch, caller.name());
        return Response.ok(mapper.toView(project)).tag(ETags.of(project.version)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Transactional
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel a project with a reason (projects of published programmes are never deleted)")
    public Response cancel(@PathParam("id") String id, @Valid @NotNull CancelRequest request) {
        Project project = service.cancel(Params.pathUuid("id", id), request.reason(), caller.name());
        return Response.ok(mapper.toView(project)).tag(ETags.of(project.version)).build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a project of a DRAFT programme (409 otherwise: cancel it instead)")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(Params.pathUuid("id", id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every recorded change of a project: who, when, field, old, new, reason")
    public List<ChangeView> history(@PathParam("id") String id) {
        return service.history(Params.pathUuid("id", id)).stream().map(mapper::toView).toList();
    }
}
