package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.SanctionRuleInput;
import org.civic.benefits.api.SanctionRuleView;
import org.civic.benefits.rules.Codes;
import org.civic.benefits.service.SanctionService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/benefit-programmes/{code}/sanction-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sanctions", description = "Sanctions for misuse: versioned rules as data, recorded misuses, early lifts")
public class SanctionRuleResource {

    private final SanctionService sanctions;
    private final Idempotency idempotency;
    private final Caller caller;

    public SanctionRuleResource(SanctionService sanctions, Idempotency idempotency, Caller caller) {
        this.sanctions = sanctions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listSanctionRuleVersions",
            summary = "Every sanction rule version of the programme, oldest first",
            description = "The version in force on the day of a misuse decides what its n-th offence brings.")
    @APIResponse(
            responseCode = "200",
            description = "The programme's sanction rule versions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SanctionRuleView.class, type = SchemaType.ARRAY)))
    public List<SanctionRuleView> list(
            @Parameter(
                            description = BenefitProgrammeResource.CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code) {
        return sanctions.rules(code);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @POST
    @Operation(
            operationId = "publishSanctionRuleVersion",
            summary = "Add a sanction rule version (never overwrites; Idempotency-Key accepted)",
            description = "Steps number offences 1, 2, … in order; a SUSPEND needs a period (P1Y), a REVOKE has none "
                    + "and ends the steps; the last step applies to every later offence. Errors name the path, e.g. "
                    + "steps[0].duration; another version on the same day is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Published (no Location: versions are read through the list)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SanctionRuleView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Parameter(
                            description = BenefitProgrammeResource.CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code,
            @Valid @NotNull SanctionRuleInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key) {
        return idempotency.execute(
                key,
                "POST /benefit-programmes/" + code + "/sanction-rules",
                input,
                () -> sanctions.publishRule(code, input, caller.name()).createdWithoutLocation());
    }
}
