package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civic.benefits.api.BatchEligibilityPage;
import org.civic.benefits.api.BatchEligibilityRequest;
import org.civic.benefits.api.EligibilityView;
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.ScreeningRequest;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.BatchEligibilityService;
import org.civic.benefits.service.EligibilityService;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PersonalData
@Path("/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility", description = "Explained eligibility for anonymous facts, and batches for outreach")
public class EligibilityResource {

    private final EligibilityService eligibility;
    private final BatchEligibilityService batch;
    private final Caller caller;

    public EligibilityResource(EligibilityService eligibility, BatchEligibilityService batch, Caller caller) {
        this.caller = caller;
        this.eligibility = eligibility;
        this.batch = batch;
    }

    @POST
    @Operation(
            operationId = "checkEligibility",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Eligibility for facts stated anonymously (a screener app); nothing is stored",
            description =
                    "facts: [{\"type\": \"birthDate\", \"value\": \"2021-05-01\"}, ...]; asOf defaults to today. "
                            + "Every programme in force (or programmeCode) answers with each condition explained and the facts still missing.")
    @APIResponse(
            responseCode = "200",
            description = "Explained eligibility, without a citizen id",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EligibilityView.class)))
    public EligibilityView screen(@Valid @NotNull ScreeningRequest request) {
        return eligibility.screen(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @POST
    @Path("/batch")
    @Operation(
            operationId = "checkEligibilityBatch",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary =
                    "Citizens eligible for a programme (or benefit) who have not used it (X-Purpose required, logged)",
            description = "Pages by cursor: send nextCursor back until it is null. Without benefitCode: no use of any "
                    + "of the programme's benefits; with a limited benefit: quota left in the period of asOf. An unknown "
                    + "programme or benefit, or a cursor not from this endpoint, is a 400.")
    @APIResponse(
            responseCode = "200",
            description = "One page of citizen ids; each returned citizen is access-logged",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BatchEligibilityPage.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unprocessable: the programme has no rule version in force on asOf")
    public BatchEligibilityPage batch(
            @Valid @NotNull BatchEligibilityRequest request,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose) {
        return batch.run(request, Access.of(caller.name(), purpose));
    }
}
