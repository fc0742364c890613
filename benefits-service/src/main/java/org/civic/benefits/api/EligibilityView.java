package org.civic.benefits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Eligibility as of a date for every programme in force then; citizenId is absent for anonymous facts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityView(UUID citizenId, LocalDate asOf, List<ProgrammeEligibility> programmes) {
}
