package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Anonymous eligibility: facts in, answers out, nothing stored. Without programmeCode every programme in force. */
public record ScreeningRequest(
        LocalDate asOf,
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String programmeCode,
        @NotNull @Size(max = 100) List<@NotNull @Valid StatedFact> facts) {
}
