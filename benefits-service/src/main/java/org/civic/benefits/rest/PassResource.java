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
import org.civic.benefits.api.PassRequest;
import org.civic.benefits.api.PassView;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.PassService;
import org.civic.common.web.PersonalData;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens/{id}/passes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Passes", description = "Short-lived signed tokens for a QR code; they carry a pass id and benefit codes only")
public class PassResource {

    private final PassService passes;
    private final Caller caller;

    public PassResource(PassService passes, Caller caller) {
        this.caller = caller;
        this.passes = passes;
    }

    @POST
    @Operation(summary = "Issue a pass for the benefits the citizen is eligible for today (X-Purpose required, logged)",
            description = "Body optional: {\"benefitCodes\": [...]} to carry only some; 422 when one of them is not "
                    + "eligible or nothing is.")
    public Response issue(@PathParam("id") String id,
                          @RequestBody(required = false, description = "Which benefits to carry; none: all eligible today")
                          @Valid PassRequest request, @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        PassView pass = passes.issue(Params.pathUuid("id", id), request, Access.of(caller.name(), purpose));
        return Response.status(Response.Status.CREATED).entity(pass).build();
    }

    @DELETE
    @Path("/{passId}")
    @Operation(summary = "Revoke a pass before it expires; verifications then answer PASS_REVOKED")
    public Response revoke(@PathParam("id") String id, @PathParam("passId") String passId) {
        passes.revoke(Params.pathUuid("id", id), Params.pathUuid("passId", passId));
        return Response.noContent().build();
    }
}
