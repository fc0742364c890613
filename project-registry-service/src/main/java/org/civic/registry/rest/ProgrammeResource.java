package org.civic.registry.rest;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.registry.api.ProgrammeInput;
import org.civic.registry.api.ProjectView;
import org.civic.registry.entity.Programme;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.service.ProgrammeService;
import org.civic.registry.service.ProjectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "A region's yearly list of practical projects (为民办实事项目)")
public class ProgrammeResource {

    private final ProgrammeService service;
    private final ProjectService projects;
    private final RegistryMapper mapper;
    private final Idempotency idempotency;

    public ProgrammeResource(ProgrammeService service, ProjectService projects, RegistryMapper mapper,
                             Idempotency idempotency) {
        this.service = service;
        this.projects = projects;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List programmes by region (including sub-regions), year and state")
    public Response list(@QueryParam("region") String region, @QueryParam("year") String year,
                         @QueryParam("state") String state, @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri) {
        return service.list(Params.text(region), Params.integer("year", year, 2000, 2100),
                Params.enumValue("state", state, Programme.State.class), page).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one programme with its domain taxonomy")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Programme programme = service.get(Params.pathUuid("id", id));
        return ETags.conditional(request, service.view(programme), programme.version);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Create a programme (DRAFT unless a state is given)")
    public Response create(@Valid @NotNull ProgrammeInput input, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.execute(key, "POST /programmes", input, () -> {
            Programme programme = service.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(programme.id.toString()).build())
                    .entity(service.view(programme)).tag(ETags.of(programme.version)).build();
        });
    }

    @GET
    @Path("/{id}/projects")
    @Transactional // the projects are mapped inside the read's transaction
    @Operation(summary = "All projects of a programme in one answer, ordered by code",
            description = "For other services' bulk reads (progress figures, dashboards); people use GET /projects.")
    public Response projects(@PathParam("id") String id, @Context Request request) {
        UUID programmeId = Params.pathUuid("id", id);
        // A cheap fingerprint of the whole list lets callers revalidate with If-None-Match instead of
        // downloading thousands of projects again.
        EntityTag tag = new EntityTag(projects.fingerprint(programmeId));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        List<ProjectView> list = projects.ofProgramme(programmeId).stream().map(mapper::toView).toList();
        return Response.ok(list).tag(tag).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Transactional // the answer is mapped inside the write's transaction
    @Path("/{id}")
    @Operation(summary = "Replace a programme (If-Match required); states only move DRAFT → PUBLISHED → CLOSED")
    public Response update(@PathParam("id") String id, @Valid @NotNull ProgrammeInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Programme programme = service.update(Params.pathUuid("id", id), input, ifMatch);
        return Response.ok(service.view(programme)).tag(ETags.of(programme.version)).build();
    }
}
