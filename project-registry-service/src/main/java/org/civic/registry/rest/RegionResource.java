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
import org.civic.registry.api.RegionInput;
import org.civic.registry.api.RegionView;
import org.civic.registry.entity.Region;
import org.civic.registry.service.RegionService;
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

@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Provinces, cities and county-level districts")
public class RegionResource {

    private final RegionService service;
    private final Idempotency idempotency;

    public RegionResource(RegionService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listRegions",
            summary = "List regions, optionally the children of one parent or of one level",
            description = "Ordered by code; paged, with Link and X-Total-Count.")
    @APIResponse(
            responseCode = "200",
            description = "One page of regions, ordered by code",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.RegionPage.class)))
    public RestResponse<Page<RegionView>> list(
            @Parameter(
                            description = "Only the direct children of this region (GB/T 2260 code)",
                            example = Examples.REGION_PARENT_CODE)
                    @QueryParam("parent")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String parent,
            @Parameter(
                            description = "Only regions of this level (any case)",
                            schema = @Schema(implementation = Region.Level.class))
                    @QueryParam("level")
                    String level,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return service.list(Params.text(parent), Params.enumValue("level", level, Region.Level.class), page)
                .toRestResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(
            operationId = "getRegion",
            summary = "Read one region",
            description = "Its ETag is its version: send it back as If-Match to replace it.")
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = Docs.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(
            responseCode = "200",
            description = "The region",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "304", description = Docs.NOT_MODIFIED)
    public Response get(
            @Parameter(
                            description = "The region's GB/T 2260 code",
                            example = Examples.REGION_CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION))
                    @PathParam("code")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String code,
            @Context Request request) {
        Stored<RegionView> region = service.read(code);
        return ETags.conditional(request, region.view(), region.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(
            operationId = "createRegion",
            summary = "Create a region",
            description = "The parent must exist and be of a higher level.")
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
                            schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "422", description = Docs.KEY_REUSED)
    public Response create(
            @Valid @NotNull RegionInput input,
            @Parameter(description = Docs.IDEMPOTENCY_KEY) @HeaderParam(Idempotency.HEADER) String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key, "POST /regions", input, () -> service.create(input).created(uri.getAbsolutePathBuilder()));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{code}")
    @Operation(
            operationId = "replaceRegion",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Replace a region (If-Match required)",
            description = "The code cannot change: it is the region's identity." + Docs.PUT_BACK)
    @APIResponse(
            responseCode = "200",
            description = "The region as stored",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            description = Docs.ETAG,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegionView.class)))
    public Response update(
            @Parameter(
                            description = "The region's GB/T 2260 code",
                            example = Examples.REGION_CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION))
                    @PathParam("code")
                    @Size(max = Codes.REGION_MAX_LENGTH)
                    String code,
            @Valid @NotNull RegionInput input,
            @Parameter(required = true, description = Docs.IF_MATCH) @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return service.update(code, input, ifMatch).ok();
    }
}
