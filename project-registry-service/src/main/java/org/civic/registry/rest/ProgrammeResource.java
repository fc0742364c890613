package org.civic.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.registry.api.Codes;
import org.civic.registry.api.Examples;
import org.civic.registry.api.Pages;
import org.civic.registry.api.ProgrammeInput;
import org.civic.registry.api.ProgrammeView;
import org.civic.registry.api.ProjectView;
import org.civic.registry.entity.Programme;
import org.civic.registry.service.ProgrammeService;
import org.civic.registry.service.ProjectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "A region's yearly list of practical projects (为民办实事项目)")
public class ProgrammeResource {

    private final ProgrammeService service;
    private final ProjectService projects;
    private final Idempotency idempotency;

    public ProgrammeResource(ProgrammeService service, ProjectService projects, Idempotency idempotency) {
        this.service = service;
        this.projects = projects;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listProgrammes",
            summary = "List programmes by region (including sub-regions), year and state",
            description = "Newest year first. API clients see published and closed programmes only.")
    @APIResponse(
            responseCode = "200",
            description = "One page of programmes",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.ProgrammePage.class)))
    public RestResponse<Page<ProgrammeView>> list(
            @Parameter(
                            description =
                                    "Only programmes of this region or below it (GB/T 2260 code); 400 when unknown",
                            example = Examples.REGION_PARENT_CODE)
                    @QueryParam("region")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(
                            description = "Only programmes of this year",
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
                            description = "Only programmes in this state (any case)",
                            schema = @Schema(implementation = Programme.State.class))
                    @QueryParam("state")
                    String state,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.list(
                        Params.text(region),
                        Params.integer("year", year, 2000, 2100),
                        Params.enumValue("state", state, Programme.State.class),
                        page)
                .toRestResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getProgramme",
            summary = "Read one programme with its domain taxonomy",
            description = "A draft programme is 404 to API clients. Its ETag is its version.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The programme",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response get(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Context Request request) {
        Stored<ProgrammeView> programme = service.read(Params.pathUuid("id", id));
        return ETags.conditional(request, programme.view(), programme.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(
            operationId = "createProgramme",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Create a programme (DRAFT unless a state is given)",
            description = "The region must exist; domain codes are unique in the programme.")
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
                            schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    public Response create(
            @Valid @NotNull ProgrammeInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key, "POST /programmes", input, () -> service.create(input).created(uri.getAbsolutePathBuilder()));
    }

    @GET
    @Path("/{id}/projects")
    @Operation(
            operationId = "listProgrammeProjects",
            summary = "All projects of a programme in one answer, ordered by code",
            description = "For other services' bulk reads (progress figures, dashboards); people use GET /projects.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "Every project of the programme",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = "A fingerprint of the whole list: it changes "
                                    + "whenever a project of the programme is created, changed or deleted",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProjectView.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response projects(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Context Request request) {
        UUID programmeId = Params.pathUuid("id", id);
        // A cheap fingerprint of the whole list lets callers revalidate with If-None-Match instead of
        // downloading thousands of projects again.
        EntityTag tag = new EntityTag(projects.fingerprint(programmeId));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(projects.ofProgramme(programmeId)).tag(tag).build();
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceProgramme",
            summary = "Replace a programme (If-Match required); states only move DRAFT → PUBLISHED → CLOSED",
            description = "A domain that projects use cannot be removed (409)." + Docs.PUT_BACK)
    @APIResponse(
            responseCode = "200",
            description = "The programme as stored",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgrammeView.class)))
    public Response update(
            @Parameter(description = Docs.PROGRAMME_ID, schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull ProgrammeInput input,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(Params.pathUuid("id", id), input, ifMatch).ok();
    }
}
