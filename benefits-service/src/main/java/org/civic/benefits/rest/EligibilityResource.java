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
import org.civic.benefits.api.ScreeningRequest;
import org.civic.benefits.service.Access;
import org.civic.benefits.service.BatchEligibilityService;
import org.civic.benefits.service.EligibilityService;
import org.civic.common.web.PersonalData;
import org.civic.common.security.Caller;
import org.civic.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Eligibility for facts stated anonymously (a screener app); nothing is stored",
            description = "facts: [{\"type\": \"birthDate\", \"value\": \"2021-05-01\"}, ...]; asOf defaults to today.")
    public EligibilityView screen(@Valid @NotNull ScreeningRequest request) {
        return eligibility.screen(request);
    }

    @RolesAllowed({Roles.ADMIN, Roles.BENEFITS_OFFICER})
    @POST
    @Path("/batch")
    @Operation(summary = "Citizens eligible for a programme (or benefit) who have not used it (X-Purpose required, logged)",
            description = "Pages by cursor: send nextCursor back until it is null. Without benefitCode: no use of any "
                    + "of the programme's benefits; with a limited benefit: quota left in the period of asOf.")
    public BatchEligibilityPage batch(@Valid @NotNull BatchEligibilityRequest request,
                                      @HeaderParam(Access.PURPOSE_HEADER) String purpose) {
        return batch.run(request, Access.of(caller.name(), purpose));
    }
}
