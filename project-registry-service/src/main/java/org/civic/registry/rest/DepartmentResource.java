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
import org.civic.registry.api.DepartmentInput;
import org.civic.registry.entity.Department;
import org.civic.registry.mapping.RegistryMapper;
import org.civic.registry.service.DepartmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "Government departments that lead or share projects")
public class DepartmentResource {

    private final DepartmentService service;
    private final RegistryMapper mapper;
    private final Idempotency idempotency;

    public DepartmentResource(DepartmentService service, RegistryMapper mapper, Idempotency idempotency) {
        this.service = service;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List departments by region (including sub-regions) or text in the code or name")
    public Response list(@QueryParam("region") String region, @QueryParam("q") String q,
                         @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        return service.list(Params.text(region), q, page).map(mapper::toView).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one department")
    public Response get(@PathParam("id") String id, @Context Request request) {
        Department department = service.get(Params.pathUuid("id", id));
        return ETags.conditional(request, mapper.toView(department), department.version);
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(summary = "Create a department")
    public Response create(@Valid @NotNull DepartmentInput input, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        return idempotency.execute(key, "POST /departments", input, () -> {
            Department department = service.create(input);
            return Response.created(uri.getAbsolutePathBuilder().path(department.id.toString()).build())
                    .entity(mapper.toView(department)).tag(ETags.of(department.version)).build();
        });
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Transactional // the answer is mapped inside the write's transaction
    @Path("/{id}")
    @Operation(summary = "Replace a department (If-Match required)")
    public Response update(@PathParam("id") String id, @Valid @NotNull DepartmentInput input,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Department department = service.update(Params.pathUuid("id", id), input, ifMatch);
        return Response.ok(mapper.toView(department)).tag(ETags.of(department.version)).build();
    }
}
