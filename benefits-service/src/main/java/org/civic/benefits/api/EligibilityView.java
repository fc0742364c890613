package org.civic.benefits.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Eligibility as of a date for every programme in force then; citizenId is absent for anonymous facts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityView(
        @Schema(description = "Absent for anonymous facts", examples = Examples.CITIZEN_ID)
        UUID citizenId,

        @Schema(description = "The day evaluated", examples = "2025-03-12")
        LocalDate asOf,

        @Schema(description = "Every programme in force that day (or the one asked for)")
        List<ProgrammeEligibility> programmes) {}
