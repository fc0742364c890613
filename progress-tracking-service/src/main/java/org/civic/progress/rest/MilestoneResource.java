package org.civic.progress.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.civic.common.web.BusinessClock;
import org.civic.common.web.ETags;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.progress.api.Examples;
import org.civic.progress.api.MilestoneInput;
import org.civic.progress.api.MilestoneView;
import org.civic.progress.service.MilestoneService;
import org.civic.progress.service.ProjectCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "立项 → 开工 → 主体完工 → 基本完成 → 竣工 → 验收 → 投入使用, plus custom milestones")
public class MilestoneResource {

    static final String PROJECT_ID = "The project's id in the registry";
    private static final String MILESTONE_ID = "The milestone's id";

    private final MilestoneService service;
    private final Idempotency idempotency;
    private final ProjectCheck projects;
    private final BusinessClock clock;

    public MilestoneResource(
            MilestoneService service, Idempotency idempotency, ProjectCheck projects, BusinessClock clock) {
        this.projects = projects;
        this.clock = clock;
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Path("projects/{projectId}/milestones")
    @Operation(
            operationId = "listProjectMilestones",
            summary =
                    "A project's milestones with their status as of a date (default today): one met later is "
                            + "shown as it stood then (SCHEDULED, or MISSED once its planned date had passed), without its actual date",
            description =
                    "The ladder milestones count for the project's phase, custom ones do not. An unknown project is a 404.")
    @APIResponse(
            responseCode = "200",
            description = "The project's milestones, ladder and custom",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MilestoneView.class, type = SchemaType.ARRAY)))
    public List<MilestoneView> list(
            @Parameter(
                            description = PROJECT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROJECT_ID)
                    @PathParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Show each milestone as it stood at the end of this day (YYYY-MM-DD); "
                                    + "default today in the city's zone (Asia/Shanghai); not in the future (400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2022-10-31")
                    @QueryParam("asOf")
                    String asOf) {
        LocalDate date = clock.asOfOrToday(asOf);
        return service.ofProject(Params.pathUuid("projectId", projectId), date);
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @POST
    @Path("projects/{projectId}/milestones")
    @Operation(
            operationId = "createMilestone",
            summary = "Add a milestone (the project is checked in the registry)",
            description =
                    "One milestone per code and project (409 milestone-exists); a cancelled project takes none (409).")
    @APIResponse(
            responseCode = "201",
            description = "Created; its status is as of today",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = "The new milestone, /milestones/{id}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = HttpHeaders.ETAG,
                        description = ETags.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Parameter(
                            description = PROJECT_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.PROJECT_ID)
                    @PathParam("projectId")
                    String projectId,
            @Valid @NotNull MilestoneInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        UUID project = Params.pathUuid("projectId", projectId);
        // A replay is returned only to a caller who may still write to the project (its department, not cancelled).
        return idempotency.execute(
                key,
                "POST /projects/" + project + "/milestones",
                input,
                () -> projects.writable(project),
                () -> service.create(project, input)
                        .created(uri.getBaseUriBuilder().path("milestones")));
    }

    @GET
    @Path("milestones/{id}")
    @Operation(
            operationId = "getMilestone",
            summary = "Read one milestone (status as of today)",
            description = "Its ETag is what PUT needs in If-Match.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = ETags.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING),
            example = ETags.EXAMPLE)
    @APIResponse(
            responseCode = "200",
            description = "The milestone",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "304", description = ETags.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = MILESTONE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.MILESTONE_ID)
                    @PathParam("id")
                    String id,
            @Context Request request) {
        Stored<MilestoneView> milestone = service.read(Params.pathUuid("id", id));
        return ETags.conditional(request, milestone.view(), milestone.version());
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.PROGRESS_WRITE})
    @PUT
    @Path("milestones/{id}")
    @Operation(
            operationId = "replaceMilestone",
            summary = "Change a milestone's dates or name (If-Match required)",
            description = "The code cannot change (400); create another milestone instead.")
    @APIResponse(
            responseCode = "200",
            description = "Changed; its status is as of today",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = ETags.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MilestoneView.class)))
    public Response update(
            @Parameter(
                            description = MILESTONE_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"),
                            example = Examples.MILESTONE_ID)
                    @PathParam("id")
                    String id,
            @Valid @NotNull MilestoneInput input,
            @Parameter(description = ETags.IF_MATCH_REQUIRED, required = true, example = ETags.EXAMPLE)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(Params.pathUuid("id", id), input, ifMatch).ok();
    }
}
