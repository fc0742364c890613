package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.PassRequest;
import org.civic.benefits.api.PassView;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.PassService;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens/{id}/passes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Passes",
        description = "Short-lived signed tokens for a QR code; they carry a pass id and benefit codes only")
public class PassResource {

    private final PassService passes;
    private final Caller caller;

    public PassResource(PassService passes, Caller caller) {
        this.caller = caller;
        this.passes = passes;
    }

    @POST
    @Operation(
            operationId = "issuePass",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Issue a pass for the benefits the citizen is eligible for today (X-Purpose required, logged)",
            description =
                    "Body optional: {\"benefitCodes\": [...]} to carry only some; an unknown benefit code is a 400.")
    @APIResponse(
            responseCode = "201",
            description = "Issued; valid for benefits.pass.ttl (5 minutes)",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PassView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unprocessable: a benefit asked for is not eligible today "
                    + "(not-eligible), or none is (no-eligible-benefit)")
    public Response issue(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @RequestBody(required = false, description = "Which benefits to carry; none: all eligible today") @Valid
                    PassRequest request,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose) {
        PassView pass = passes.issue(Params.pathUuid("id", id), request, Access.of(caller.name(), purpose));
        return Response.status(Response.Status.CREATED).entity(pass).build();
    }

    @DELETE
    @Path("/{passId}")
    @Operation(
            operationId = "revokePass",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Revoke a pass before it expires; verifications then answer PASS_REVOKED",
            description = "Revoking twice is harmless; a pass of another citizen is a 404.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The pass's id (passId of the issued pass)",
                            example = Examples.PASS_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("passId")
                    String passId) {
        passes.revoke(Params.pathUuid("id", id), Params.pathUuid("passId", passId));
        return Response.noContent().build();
    }
}
