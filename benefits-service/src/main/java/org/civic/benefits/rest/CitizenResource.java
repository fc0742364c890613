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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.civic.benefits.api.CitizenInput;
import org.civic.benefits.api.CitizenLookup;
import org.civic.benefits.api.CitizenView;
import org.civic.benefits.api.Codes;
import org.civic.benefits.api.EligibilityView;
import org.civic.benefits.api.FactInput;
import org.civic.benefits.api.FactView;
import org.civic.benefits.entity.Citizen;
import org.civic.benefits.entity.Fact;
import org.civic.benefits.mapping.BenefitsMapper;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.AccessLogService;
import org.civic.benefits.service.CitizenService;
import org.civic.benefits.service.EligibilityService;
import org.civic.common.web.PersonalData;
import org.civic.common.idempotency.Idempotency;
import org.civic.common.problem.ProblemException;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.civic.common.web.PageRequest;
import org.civic.common.web.Params;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
@PersonalData
@Path("/citizens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Citizens", description = "Pseudonymous citizens, their facts and eligibility; personal data is "
        + "encrypted at rest, masked in answers, and every read needs X-Purpose and is logged")
public class CitizenResource {

    private final CitizenService citizens;
    private final EligibilityService eligibility;
    private final AccessLogService accessLog;
    private final BenefitsMapper mapper;
    private final Idempotency idempotency;
    private final Caller caller;

    public CitizenResource(CitizenService citizens, EligibilityService eligibility, AccessLogService accessLog,
                           BenefitsMapper mapper, Idempotency idempotency, Caller caller) {
        this.caller = caller;
        this.citizens = citizens;
        this.eligibility = eligibility;
        this.accessLog = accessLog;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Register a citizen, optionally with facts (Idempotency-Key accepted)",
            description = "Name, national ID number and phone are encrypted; the answer shows them masked.")
    public Response create(@Valid @NotNull CitizenInput input, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.execute(key, "POST /citizens", citizens.fingerprint(input), () -> {
            Citizen citizen = citizens.create(input, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(citizen.id.toString()).build())
                    .entity(mapper.toView(citizen)).build();
        });
    }

    @POST
    @Path("/lookup")
    @Operation(summary = "Find a citizen by national ID number (through its keyed hash; X-Purpose required, logged)")
    public CitizenView lookUp(@Valid @NotNull CitizenLookup lookup,
                              @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        return citizens.lookUp(lookup.nationalIdNumber(), Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a citizen, masked (X-Purpose required, logged)")
    public CitizenView get(@PathParam("id") String id,
                           @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        return citizens.read(Params.pathUuid("id", id), Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}/facts")
    @Operation(summary = "A citizen's recorded facts (X-Purpose required, logged)")
    public List<FactView> facts(@PathParam("id") String id,
                                @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        return citizens.facts(Params.pathUuid("id", id), Access.of(caller.name(), purpose));
    }

    @POST
    @Path("/{id}/facts")
    @Operation(summary = "Record a fact (type from the catalogue, value, source, validity; Idempotency-Key accepted)")
    public Response addFact(@PathParam("id") String id, @Valid @NotNull FactInput input,
                            @HeaderParam(Idempotency.HEADER) String key,
                            @Context UriInfo uri) {
        UUID citizenId = Params.pathUuid("id", id);
        return idempotency.execute(key, "POST /citizens/" + citizenId + "/facts", input, () -> {
            Fact fact = citizens.addFact(citizenId, input, caller.name());
            return Response.created(uri.getAbsolutePathBuilder().path(fact.id.toString()).build())
                    .entity(mapper.toView(fact)).build();
        });
    }

    @GET
    @Path("/{id}/eligibility")
    @Operation(summary = "The citizen's eligibility as of a date (default today), explained (X-Purpose required, logged)",
            description = "Per programme in force and per benefit: ELIGIBLE, INELIGIBLE or UNDETERMINED, the rule "
                    + "version used, every condition with MET / NOT_MET / UNKNOWN and its explanation, the missing "
                    + "facts, and the quota left in the current period.")
    public EligibilityView eligibility(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                                       @QueryParam("programme") String programme,
                                       @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        String programmeCode = Params.text(programme);
        if (programmeCode != null && !programmeCode.matches(Codes.CODE)) {
            throw ProblemException.badRequest("programme", Codes.CODE_MESSAGE);
        }
        return eligibility.forCitizen(Params.pathUuid("id", id), Params.date("asOf", asOf), programmeCode,
                Access.of(caller.name(), purpose));
    }

    @GET
    @Path("/{id}/access-log")
    @Operation(summary = "Who read this citizen's data, when and why (newest first)")
    public Response accessLog(@PathParam("id") String id, @Valid @BeanParam PageRequest page, @Context UriInfo uri) {
        UUID citizenId = Params.pathUuid("id", id);
        citizens.get(citizenId);
        return accessLog.list(citizenId, page).toResponse(uri);
    }
}
