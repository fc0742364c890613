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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.RuleVersionInput;
import org.civic.benefits.api.RuleVersionView;
import org.civic.benefits.rules.Codes;
import org.civic.benefits.service.RuleService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/benefit-programmes/{code}/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "Versioned eligibility criteria as data (all / any / not over conditions)")
public class RuleVersionResource {

    private final RuleService rules;
    private final Idempotency idempotency;
    private final Caller caller;

    public RuleVersionResource(RuleService rules, Idempotency idempotency, Caller caller) {
        this.caller = caller;
        this.rules = rules;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(
            operationId = "listRuleVersions",
            summary = "Every rule version of the programme, oldest first",
            description = "On a date the version in force is the one with the latest effectiveFrom on or before it, "
                    + "unless its effectiveTo has passed.")
    @APIResponse(
            responseCode = "200",
            description = "The programme's rule versions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RuleVersionView.class, type = SchemaType.ARRAY)))
    public List<RuleVersionView> list(
            @Parameter(
                            description = BenefitProgrammeResource.CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code) {
        return rules.versions(code);
    }

    @GET
    @Path("/{version}")
    @Operation(
            operationId = "getRuleVersion",
            summary = "One rule version by number",
            description = "Versions never change once published.")
    @APIResponse(
            responseCode = "200",
            description = "The rule version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RuleVersionView.class)))
    public RuleVersionView get(
            @Parameter(
                            description = BenefitProgrammeResource.CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code,
            @Parameter(
                            description = "The version's number, from 1",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "2147483647"),
                            example = "1")
                    @PathParam("version")
                    String version) {
        return rules.version(code, Params.pathInteger("version", version, 1, Integer.MAX_VALUE));
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @POST
    @Operation(
            operationId = "publishRuleVersion",
            summary = "Add a rule version (never overwrites; Idempotency-Key accepted)",
            description = "Unknown facts or operators, bad values and missing explanations are refused with 400 "
                    + "naming the path, e.g. criteria.any[2].op. The version is in force from effectiveFrom until a "
                    + "later version starts or its effectiveTo passes; another version on the same day is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Published",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The new version, /benefit-programmes/{code}/rules/{version}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RuleVersionView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Parameter(
                            description = BenefitProgrammeResource.CODE,
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @PathParam("code")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String code,
            @Valid @NotNull RuleVersionInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /benefit-programmes/" + code + "/rules",
                input,
                () -> rules.create(code, input, caller.name()).created(uri.getAbsolutePathBuilder()));
    }
}
