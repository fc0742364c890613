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
import jakarta.ws.rs.core.Response;
import org.civic.benefits.api.VerificationRequest;
import org.civic.benefits.api.VerificationResult;
import org.civic.benefits.service.VerificationService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PersonalData
@Path("/verifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Verification", description = "A venue or validator checks a pass: yes or no for its site, never who")
public class VerificationResource {

    private final VerificationService verifications;
    private final Idempotency idempotency;
    private final Caller caller;

    public VerificationResource(VerificationService verifications, Idempotency idempotency, Caller caller) {
        this.caller = caller;
        this.verifications = verifications;
        this.idempotency = idempotency;
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_VERIFY})
    @POST
    @Operation(
            operationId = "verifyPass",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Verify a pass token for a site category; with redeem=true record the use atomically",
            description = "Always 200 for a well-formed request: {allowed, benefitCode, reason, redeemed}. Expired, "
                    + "tampered, unknown or revoked tokens answer allowed=false with the reason. A validator that "
                    + "retries a redeeming call should send the same Idempotency-Key.")
    @APIResponse(
            responseCode = "200",
            description = "Yes or no for this site, and why; never who the holder is",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VerificationResult.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response verify(
            @Valid @NotNull VerificationRequest request,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key) {
        return idempotency.execute(
                key,
                "POST /verifications",
                request,
                () -> Response.ok(verifications.verify(request, caller.name())).build());
    }
}
