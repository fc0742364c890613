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
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.Pages;
import org.civic.benefits.api.RedemptionInput;
import org.civic.benefits.api.RedemptionView;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.RedemptionService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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
    @Operation(
            operationId = "redeemBenefit",
            summary = "Record a use of a benefit (Idempotency-Key accepted)",
            description =
                    "409 quota-exhausted naming the earlier use when the quota is used up. Concurrent requests for "
                            + "the last use of a quota: exactly one succeeds. An unknown benefit or a future occurredAt is a 400.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unprocessable: the citizen is not eligible on the day (not-eligible, "
                    + "with the outcome and missing facts), the benefit does not apply at the site category "
                    + "(site-category-not-covered), or " + Idempotency.KEY_REUSED)
    public Response redeem(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @NotNull RedemptionInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key) {
        UUID citizenId = Params.pathUuid("id", id);
        // No Location: a use is read through the list, and the body carries its id.
        return idempotency.execute(
                key,
                "POST /citizens/" + citizenId + "/redemptions",
                input,
                () -> redemptions.redeem(citizenId, input, caller.name()).createdWithoutLocation());
    }

    @GET
    @Operation(
            operationId = "listRedemptions",
            summary = "The citizen's redemptions, newest first (X-Purpose required, logged)",
            description = "Uses recorded through this API and through verifications that redeemed.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the citizen's uses of benefits",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.RedemptionPage.class)))
    public RestResponse<Page<RedemptionView>> list(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @BeanParam PageRequest page,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose,
            @Context UriInfo uri) {
        return redemptions
                .list(Params.pathUuid("id", id), page, Access.of(caller.name(), purpose))
                .toRestResponse(uri);
    }
}
