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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.Stored;
import org.civic.registry.api.Codes;
import org.civic.registry.api.DepartmentInput;
import org.civic.registry.api.DepartmentView;
import org.civic.registry.api.Examples;
import org.civic.registry.api.Pages;
import org.civic.registry.service.DepartmentService;
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

@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "Government departments that lead or share projects")
public class DepartmentResource {

    private final DepartmentService service;
    private final Idempotency idempotency;

    public DepartmentResource(DepartmentService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listDepartments",
            summary = "List departments by region (including sub-regions) or text in the code or name",
            description = "Ordered by code; paged, with Link and X-Total-Count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of departments, ordered by code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.DepartmentPage.class)))
    public RestResponse<Page<DepartmentView>> list(
            @Parameter(
                            description =
                                    "Only departments of this region or below it (GB/T 2260 code); 400 when unknown",
                            example = Examples.REGION_PARENT_CODE)
                    @QueryParam("region")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String region,
            @Parameter(description = "Text in the code or the name", example = "卫生")
                    @QueryParam("q")
                    @Size(max = Docs.QUERY_TEXT_MAX_LENGTH)
                    String q,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.list(Params.text(region), q, page).toRestResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getDepartment",
            summary = "Read one department",
            description = "Its ETag is its version: send it back as If-Match to replace it.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The department",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = "The department's id",
                            schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Context Request request) {
        Stored<DepartmentView> department = service.read(Params.pathUuid("id", id));
        return ETags.conditional(request, department.view(), department.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(
            operationId = "createDepartment",
            summary = "Create a department",
            description = "The code is unique (409 when taken) and the region must exist.")
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
                            schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    public Response create(
            @Valid @NotNull DepartmentInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key, "POST /departments", input, () -> service.create(input).created(uri.getAbsolutePathBuilder()));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceDepartment",
            summary = "Replace a department (If-Match required)",
            description = "The code stays unique." + Docs.PUT_BACK)
    @APIResponse(
            responseCode = "200",
            description = "The department as stored",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartmentView.class)))
    public Response update(
            @Parameter(
                            description = "The department's id",
                            schema = @Schema(type = SchemaType.STRING, format = Docs.UUID))
                    @PathParam("id")
                    String id,
            @Valid @NotNull DepartmentInput input,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(Params.pathUuid("id", id), input, ifMatch).ok();
    }
}
