package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.civic.benefits.api.RedemptionInput;
import org.civic.benefits.api.RedemptionView;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.RedemptionService;
import org.civic.common.web.PersonalData;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens/{id}/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Redemptions", description = "Uses of benefits, counted exactly against their quotas")
public class RedemptionResource {

    private final RedemptionService redemptions;
    private final Idempotency idempotency;
    private final Caller caller;

    public RedemptionResource(RedemptionService redemptions, Idempotency idempotency, Caller caller) {
        this.caller = caller;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Record a use of a benefit (Idempotency-Key accepted)",
            description = "422 when the citizen is not eligible on the day or the site category is not covered; "
                    + "409 naming the earlier use when the quota is used up. Concurrent requests for the last use "
                    + "of a quota: exactly one succeeds.")
    public Response redeem(@PathParam("id") String id, @Valid @NotNull RedemptionInput input,
                           @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        UUID citizenId = Params.pathUuid("id", id);
        return idempotency.execute(key, "POST /citizens/" + citizenId + "/redemptions", input, () -> {
            RedemptionView redemption = redemptions.redeem(citizenId, input, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(redemption.id().toString()).build())
                    .entity(redemption).build();
        });
    }

    @GET
    @Operation(summary = "The citizen's redemptions, newest first (X-Purpose required, logged)")
    public Response list(@PathParam("id") String id, @Valid @BeanParam PageRequest page, @HeaderParam(Access.PURPOSE_HEADER) String purpose,
                         @Context UriInfo uri) {
        return redemptions.list(Params.pathUuid("id", id), page, Access.of(caller.name(), purpose)).toResponse(uri);
    }
}
