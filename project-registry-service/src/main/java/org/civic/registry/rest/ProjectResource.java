package org.civic.registry.rest;

import static org.civic.common.web.Params.MAX_IDS;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.civic.registry.api.Codes;
import org.civic.registry.api.Examples;
import org.civic.registry.api.Pages;
import org.civic.registry.api.ProjectInput;
import org.civic.registry.api.ProjectPatch;
import org.civic.registry.api.ProjectView;
import org.civic.registry.entity.Programme;
import org.civic.registry.entity.Project;
import org.civic.registry.read.ProjectReads;
import org.civic.registry.read.ReadHeaders;
import org.civic.registry.repository.ProjectFilter;
import org.civic.registry.service.ProjectService;
import org.civic.registry.service.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "The promised projects, their indicators (targets) and change history")
public class ProjectResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ProjectService service;
    private final RegionService regions;
    private final Idempotency idempotency;
    private final Caller caller;
    private final ProjectReads reads;

    public ProjectResource(
            ProjectService service, RegionService regions, Idempotency idempotency, Caller caller, ProjectReads reads) {
        this.caller = caller;
        this.reads = reads;
        this.service = service;
        this.regions = regions;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listProjects",
            summary = "Search projects",
            description = "Filters combine with AND. "
                    + "region and district include sub-regions; department matches lead or co-responsible; q searches title and "
                    + "description (Chinese works: q=食堂 finds 长者食堂). API clients see the projects of published and closed "
                    + "programmes only.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "One page of projects",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.LIST_ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.ProjectPage.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response list(
            @Parameter(
                            description = "Only projects of this programme",
                            schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @QueryParam("programmeId")
                    String programmeId,
            @Parameter(
                            description = "Only projects of programmes of this year",
                            example = "2022",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "2000",
                                            maximum = "2100"))
                    @QueryParam("year")
                    String year,
            @Parameter(
                            description =
                                    "Only projects of programmes of this region or below it (GB/T 2260 code); 400 "
                                            + "when unknown",
                            example = Examples.REGION_PARENT_CODE)
                    @QueryParam("region")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(
                            description = "Only projects of this domain code",
                            example = Examples.DOMAIN_CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.DOMAIN))
                    @QueryParam("domain")
                    @Size(max = Codes.DOMAIN_MAX_LENGTH)
                    String domain,
            @Parameter(
                            description = "Only projects this department leads or shares",
                            schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @QueryParam("department")
                    String department,
            @Parameter(
                            description =
                                    "Only projects covering this region or a region below it (GB/T 2260 code); 400 "
                                            + "when unknown",
                            example = Examples.REGION_CODE)
                    @QueryParam("district")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String district,
            @Parameter(
                            description = "Only projects in this state (any case)",
                            schema = @Schema(implementation = Project.State.class))
                    @QueryParam("state")
                    String state,
            @Parameter(description = "Text in the title, English title or description", example = "医码通")
                    @QueryParam("q")
                    @Size(max = Docs.QUERY_TEXT_MAX_LENGTH)
                    String q,
            @Parameter(
                            description = "Only these projects: up to " + MAX_IDS + " ids, comma-separated",
                            style = ParameterStyle.FORM,
                            explode = Explode.FALSE,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class, maxItems = MAX_IDS))
                    @QueryParam("ids")
                    String ids,
            @Parameter(
                            description = "The order: a field, '-' in front for descending",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            defaultValue = "code",
                                            enumeration = {
                                                "code",
                                                "-code",
                                                "title",
                                                "-title",
                                                "plannedInvestment",
                                                "-plannedInvestment",
                                                "plannedStart",
                                                "-plannedStart",
                                                "plannedEnd",
                                                "-plannedEnd",
                                                "createdAt",
                                                "-createdAt",
                                                "updatedAt",
                                                "-updatedAt"
                                            }))
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri,
            @Context Request request) {
        String text = Params.text(q);
        ProjectFilter filter = new ProjectFilter(
                Params.uuid("programmeId", programmeId),
                Params.integer("year", year, 2000, 2100),
                regions.selfAndDescendants(Params.text(region), "region"),
                Params.text(domain),
                Params.uuid("department", department),
                regions.selfAndDescendants(Params.text(district), "district"),
                Params.enumValue("state", state, Project.State.class),
                text,
                Params.uuids("ids", ids, MAX_IDS));
        ProjectReads.RenderedPage found = reads.page(service.visibleTo(filter), sort, page);
        EntityTag tag = new EntityTag(found.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return ReadHeaders.callerDependent(notModified.tag(tag)).build();
        }
        // Link and X-Total-Count as Page#toResponse writes them, for the kept page's numbers.
        Response headers = new Page<>(List.of(), found.page(), found.size(), found.total()).toResponse(uri);
        return ReadHeaders.callerDependent(Response.fromResponse(headers)
                        .entity(found.json())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .tag(tag))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getProject",
            summary = "Read one project",
            description =
                    "A project of a draft "
                            + "programme is 404 to API clients. Its ETag is its version: send it back as If-Match to change it.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The project",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response get(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Context Request request) {
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
                        .tag(ETags.of(body.version())))
                .build();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Operation(
            operationId = "createProject",
            summary = "Create a project in a programme",
            description = "Not in a closed programme (409); the code is unique in the programme (409).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(
                        name = HttpHeaders.LOCATION,
                        description = Docs.LOCATION,
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(name = HttpHeaders.ETAG, description = Docs.ETAG, schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = Idempotency.REPLAYED_HEADER,
                        description = Docs.REPLAYED,
                        schema = @Schema(type = SchemaType.STRING, enumeration = "true"))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    public Response create(
            @Valid @NotNull ProjectInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        // A replay is returned only to a caller who may still create this project (an editor: in its department).
        return idempotency.execute(
                key,
                "POST /projects",
                input,
                () -> caller.requireDepartment(input.leadDepartmentId(), "projects"),
                () -> service.create(input, caller.name()).created(uri.getAbsolutePathBuilder()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceProject",
            summary = "Replace a project (If-Match required; a reason when targets, dates or investment change)",
            description = "A cancelled project cannot change (409)." + Docs.PUT_BACK)
    @APIResponse(
            responseCode = "200",
            description = "The project as stored",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectView.class)))
    public Response update(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull ProjectInput input,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(Params.pathUuid("id", id), input, ifMatch, caller.name())
                .ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "patchProject",
            summary = "Change some fields of a project (JSON Merge Patch, RFC 7396; If-Match required)",
            description = "Only the members sent change; null clears an optional field. The same rules as a PUT apply "
                    + "to the result, including the reason for changed targets, planned dates or investment.")
    @APIResponse(
            responseCode = "200",
            description = "The project as stored",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectView.class)))
    public Response patch(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MERGE_PATCH,
                                        schema = @Schema(implementation = ProjectPatch.class)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = ProjectPatch.class))
                            })
                    @NotNull
                    JsonNode patch,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.patch(Params.pathUuid("id", id), patch, ifMatch, caller.name())
                .ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @POST
    @Path("/{id}/cancel")
    @Operation(
            operationId = "cancelProject",
            summary = "Cancel a project with a reason (projects of published programmes are never deleted)",
            description = "An already cancelled project is a 409.")
    @APIResponse(
            responseCode = "200",
            description = "The cancelled project",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectView.class)))
    public Response cancel(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull CancelRequest request) {
        return service.cancel(Params.pathUuid("id", id), request.reason(), caller.name())
                .ok();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteProject",
            summary = "Delete a project of a DRAFT programme",
            description = "A project of a published or closed programme is never deleted (409): cancel it instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        service.delete(Params.pathUuid("id", id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(
            operationId = "getProjectHistory",
            summary = "Every recorded change of a project: who, when, field, old, new, reason",
            description = "Indicator changes name the indicator and attribute, e.g. indicators.institutions.target.")
    @APIResponse(
            responseCode = "200",
            description = "The changes, oldest first",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class)))
    public List<ChangeView> history(
            @Parameter(description = Docs.PROJECT_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id) {
        return service.history(Params.pathUuid("id", id));
    }
}
