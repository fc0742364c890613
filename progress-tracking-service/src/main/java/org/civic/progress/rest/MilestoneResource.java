package org.civic.progress.rest;

import org.civic.common.web.BusinessClock;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.civic.progress.api.MilestoneInput;
import org.civic.progress.api.MilestoneView;
import org.civic.progress.entity.Milestone;
import org.civic.progress.mapping.ProgressMapper;
import org.civic.progress.service.MilestoneService;
import org.civic.progress.service.ProjectCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "立项 → 开工 → 主体完工 → 基本完成 → 竣工 → 验收 → 投入使用, plus custom milestones")
public class MilestoneResource {

    private final MilestoneService service;
    private final ProgressMapper mapper;
    private final Idempotency idempotency;
    private final ProjectCheck projects;
    private final BusinessClock clock;

    public MilestoneResource(MilestoneService service, ProgressMapper mapper, Idempotency idempotency,
                             ProjectCheck projects, BusinessClock clock) {
        this.projects = projects;
        this.clock = clock;
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Path("projects/{projectId}/milestones")
    @Operation(summary = "A project's milestones with their status as of a date (default today): one met later is "
            + "shown as it stood then (SCHEDULED, or MISSED once its planned date had passed), without its actual date")
    public List<MilestoneView> list(@PathParam("projectId") String projectId, @QueryParam("asOf") String asOf) {
        LocalDate date = clock.asOfOrToday(asOf);
        return service.ofProject(Params.pathUuid("projectId", projectId)).stream().map(m -> mapper.toView(m, date)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Path("projects/{projectId}/milestones")
    @Operation(summary = "Add a milestone (the project is checked in the registry)")
    public Response create(@PathParam("projectId") String projectId, @Valid @NotNull MilestoneInput input,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        UUID project = Params.pathUuid("projectId", projectId);
        // A replay is returned only to a caller who may still write to the project (its department, not cancelled).
        return idempotency.execute(key, "POST /projects/" + project + "/milestones", input,
                () -> projects.writable(project), () -> {
            Milestone milestone = service.create(project, input);
            return Response.created(uri.getBaseUriBuilder().path("milestones").path(milestone.id.toString()).build())
                    .entity(mapper.toView(milestone, clock.today())).tag(ETags.of(milestone.version)).build();
        });
    }

    @GET
    @Path("milestones/{id}")
    @Operation(summary = "Read one milestone")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Milestone milestone = service.get(Params.pathUuid("id", id));
        return ETags.conditional(request, mapper.toView(milestone, clock.today()), milestone.version);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @PUT
    @Transactional
    @Path("milestones/{id}")
    @Operation(summary = "Change a milestone's dates or name (If-Match required)")
    public Response update(@PathParam("id") String id, @Valid @NotNull MilestoneInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Milestone milestone = service.update(Params.pathUuid("id", id), input, ifMatch);
        return Response.ok(mapper.toView(milestone, clock.today())).tag(ETags.of(milestone.version)).build();
    }
}
