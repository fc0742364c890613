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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Roles;
import org.civic.common.web.ETags;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.registry.api.RegionInput;
import org.civic.registry.entity.Region;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.service.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "Provinces, cities and county-level districts")
public class RegionResource {

    private final RegionService service;
    private final RegistryMapper mapper;
    private final Idempotency idempotency;

    public RegionResource(RegionService service, RegistryMapper mapper, Idempotency idempotency) {
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List regions, optionally the children of one parent or of one level")
    public Response list(@QueryParam("parent") String parent, @QueryParam("level") String level,
                         @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return service.list(Params.text(parent), Params.enumValue("level", level, Region.Level.class), page)
                .map(mapper::toView).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one region")
    public Response get(@PathParam("code") String code, @Context Request request) {
        Region region = service.get(code);
        return ETags.conditional(request, mapper.toView(region), region.version);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Create a region")
    public Response create(@Valid @NotNull RegionInput input, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.execute(key, "POST /regions", input, () -> {
            Region region = service.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(region.code).build())
                    .entity(mapper.toView(region)).tag(ETags.of(region.version)).build();
        });
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Transactional // the answer is mapped inside the write's transaction
    @Path("/{code}")
    @Operation(summary = "Replace a region (If-Match required)")
    public Response update(@PathParam("code") String code, @Valid @NotNull RegionInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Region region = service.update(code, input, ifMatch);
        return Response.ok(mapper.toView(region)).tag(ETags.of(region.version)).build();
    }
}
