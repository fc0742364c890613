package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.SanctionInput;
import org.civic.benefits.api.SanctionLift;
import org.civic.benefits.api.SanctionView;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.SanctionService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens/{id}/sanctions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions")
public class SanctionResource {

    private final SanctionService sanctions;
    private final Idempotency idempotency;
    private final Caller caller;

    public SanctionResource(SanctionService sanctions, Idempotency idempotency, Caller caller) {
        this.sanctions = sanctions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Operation(
            operationId = "recordSanction",
            summary = "Record a misuse with its evidence; the programme's sanction rule decides (Idempotency-Key "
                    + "accepted)",
            description = "The misuse counts as the citizen's next offence under the programme; the sanction rule "
                    + "version in force on occurredOn gives its step: SUSPENDED from today for the step's period, or "
                    + "REVOKED. The citizen's live passes are revoked at once. 422 no-sanction-rule when the programme "
                    + "has none in force that day.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded (no Location: sanctions are read through the citizen's list)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SanctionView.class)))
    @APIResponse(
            responseCode = "422",
            description = "Unprocessable: no-sanction-rule (none in force on occurredOn); " + Idempotency.KEY_REUSED)
    public Response record(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @NotNull SanctionInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key) {
        UUID citizenId = Params.pathUuid("id", id);
        return idempotency.execute(
                key,
                "POST /citizens/" + citizenId + "/sanctions",
                input,
                () -> sanctions.record(citizenId, input, caller.name()).createdWithoutLocation());
    }

    @GET
    @Operation(
            operationId = "listSanctions",
            summary = "The citizen's sanctions, oldest first, with evidence (X-Purpose required, logged)",
            description = "Lifted suspensions stay, with who lifted them, when and why.")
    @APIResponse(
            responseCode = "200",
            description = "Every sanction of the citizen",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SanctionView.class, type = SchemaType.ARRAY)))
    public List<SanctionView> list(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose) {
        return sanctions.ofCitizen(Params.pathUuid("id", id), Access.of(caller.name(), purpose));
    }

    @POST
    @Path("/{sanctionId}/lift")
    @Operation(
            operationId = "liftSanction",
            summary = "Lift a suspension early, with a reason (kept with the sanction)",
            description = "The benefits are back from today. A revocation cannot be lifted (409 "
                    + "revocation-not-liftable); a suspension over or lifted already is a 409 sanction-not-in-force.")
    @APIResponse(
            responseCode = "200",
            description = "The sanction, lifted",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SanctionView.class)))
    public SanctionView lift(
            @Parameter(
                            description = CitizenResource.CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The sanction's id",
                            example = Examples.SANCTION_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("sanctionId")
                    String sanctionId,
            @Valid @NotNull SanctionLift lift) {
        return sanctions.lift(
                Params.pathUuid("id", id), Params.pathUuid("sanctionId", sanctionId), lift, caller.name());
    }
}
