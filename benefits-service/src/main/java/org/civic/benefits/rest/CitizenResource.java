package org.civic.benefits.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.AccessLogEntryView;
import org.civic.benefits.api.CitizenInput;
import org.civic.benefits.api.CitizenLookup;
import org.civic.benefits.api.CitizenView;
import org.civic.benefits.api.EligibilityView;
import org.civic.benefits.api.Examples;
import org.civic.benefits.api.FactInput;
import org.civic.benefits.api.FactView;
import org.civic.benefits.api.Pages;
import org.civic.benefits.rules.Codes;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.CitizenService;
import org.civic.benefits.service.EligibilityService;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.openapi.ErrorResponses;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.Page;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.civic.common.web.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Citizens",
        description = "Pseudonymous citizens, their facts and eligibility; personal data is "
                + "encrypted at rest, masked in answers, and every read needs X-Purpose and is logged")
public class CitizenResource {

    static final String CITIZEN_ID = "The citizen's id";

    private final CitizenService citizens;
    private final EligibilityService eligibility;
    private final Idempotency idempotency;
    private final Caller caller;

    public CitizenResource(
            CitizenService citizens, EligibilityService eligibility, Idempotency idempotency, Caller caller) {
        this.caller = caller;
        this.citizens = citizens;
        this.eligibility = eligibility;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(
            operationId = "registerCitizen",
            summary = "Register a citizen, optionally with facts (Idempotency-Key accepted)",
            description =
                    "Name, national ID number and phone are encrypted; the answer shows them masked. A national ID "
                            + "number registered already is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Registered, masked",
            headers =
                    @Header(
                            name = HttpHeaders.LOCATION,
                            description = "The new citizen, /citizens/{id}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CitizenView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response create(
            @Valid @NotNull CitizenInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key,
            @Context UriInfo uri) {
        return idempotency.execute(
                key,
                "POST /citizens",
                citizens.fingerprint(input),
                () -> citizens.create(input, caller.name()).created(uri.getAbsolutePathBuilder()));
    }

    @POST
    @Path("/lookup")
    @Operation(
            operationId = "lookupCitizen",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Find a citizen by national ID number (through its keyed hash; X-Purpose required, logged)",
            description =
                    "The number travels in the body, never in a URL; an unknown number is a 404 that does not repeat it.")
    @APIResponse(
            responseCode = "200",
            description = "The citizen, masked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CitizenView.class)))
    public CitizenView lookUp(
            @Valid @NotNull CitizenLookup lookup,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose) {
        return citizens.lookUp(lookup.nationalIdNumber(), Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getCitizen",
            summary = "Read a citizen, masked (X-Purpose required, logged)",
            description = "Name, national ID number and phone come masked, as in every answer.")
    @APIResponse(
            responseCode = "200",
            description = "The citizen, masked",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CitizenView.class)))
    public CitizenView get(
            @Parameter(
                            description = CITIZEN_ID,
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
        return citizens.read(Params.pathUuid("id", id), Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}/facts")
    @Operation(
            operationId = "listCitizenFacts",
            summary = "A citizen's recorded facts (X-Purpose required, logged)",
            description = "Every fact with its source and validity, including those no longer valid.")
    @APIResponse(
            responseCode = "200",
            description = "Every recorded fact, valid or not",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FactView.class, type = SchemaType.ARRAY)))
    public List<FactView> facts(
            @Parameter(
                            description = CITIZEN_ID,
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
        return citizens.facts(Params.pathUuid("id", id), Access.of(caller.name(), purpose));
    }

    @POST
    @Path("/{id}/facts")
    @Operation(
            operationId = "recordCitizenFact",
            extensions = @Extension(name = ErrorResponses.NO_CONFLICT, value = "true"),
            summary = "Record a fact (type from the catalogue, value, source, validity; Idempotency-Key accepted)",
            description = "An unknown type, age (derived from birthDate) or a value the fact does not take is a 400.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactView.class)))
    @APIResponse(responseCode = "422", description = "Unprocessable: " + Idempotency.KEY_REUSED)
    public Response addFact(
            @Parameter(
                            description = CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @NotNull FactInput input,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION, example = Idempotency.EXAMPLE)
                    @HeaderParam(Idempotency.HEADER)
                    String key) {
        UUID citizenId = Params.pathUuid("id", id);
        // No Location: a fact is read through the list, and the body carries its id.
        return idempotency.execute(
                key,
                "POST /citizens/" + citizenId + "/facts",
                input,
                () -> citizens.addFact(citizenId, input, caller.name()).createdWithoutLocation());
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(
            operationId = "getCitizenEligibility",
            summary = "The citizen's eligibility as of a date (default today), explained (X-Purpose required, logged)",
            description = "Per programme in force and per benefit: ELIGIBLE, INELIGIBLE or UNDETERMINED, the rule "
                    + "version used, every condition with MET / NOT_MET / UNKNOWN and its explanation, the missing "
                    + "facts, and the quota left in the current period.")
    @APIResponse(
            responseCode = "200",
            description = "Explained eligibility",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EligibilityView.class)))
    public EligibilityView eligibility(
            @Parameter(
                            description = CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Parameter(
                            description = "The day to evaluate (YYYY-MM-DD), past or future; default "
                                    + "today in Asia/Shanghai (benefits.zone)",
                            schema = @Schema(type = SchemaType.STRING, format = "date"),
                            example = "2025-03-12")
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(
                            description = "Only this programme; default every programme in force",
                            schema = @Schema(type = SchemaType.STRING, pattern = Codes.CODE),
                            example = Examples.PROGRAMME_CODE)
                    @QueryParam("programme")
                    @Size(max = Codes.CODE_MAX_LENGTH)
                    String programme,
            @Parameter(
                            description = Access.PURPOSE_DESCRIPTION,
                            required = true,
                            example = Examples.PURPOSE,
                            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
                    @HeaderParam(Access.PURPOSE_HEADER)
                    String purpose) {
        String programmeCode = Params.text(programme);
        if (programmeCode != null && !programmeCode.matches(Codes.CODE)) {
            throw ProblemException.badRequest("programme", Codes.CODE_MESSAGE);
        }
        return eligibility.forCitizen(
                Params.pathUuid("id", id), Params.date("asOf", asOf), programmeCode, Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(
            operationId = "getCitizenAccessLog",
            summary = "Who read this citizen's data, when and why (newest first)",
            description = "Reading the log is not itself logged and needs no X-Purpose.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the citizen's access log",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.AccessLogPage.class)))
    public RestResponse<Page<AccessLogEntryView>> accessLog(
            @Parameter(
                            description = CITIZEN_ID,
                            example = Examples.CITIZEN_ID,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri) {
        return citizens.accessLog(Params.pathUuid("id", id), page).toRestResponse(uri);
    }
}
