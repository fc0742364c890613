package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Anonymous eligibility: facts in, answers out, nothing stored. Without programmeCode every programme in force. */
public record ScreeningRequest(
        @Schema(description = "The day to evaluate; default today (Asia/Shanghai)", examples = "2025-03-12")
        LocalDate asOf,

        @Schema(
                description = "Only this programme; absent: every programme in force",
                examples = Examples.PROGRAMME_CODE)
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String programmeCode,

        @Schema(description = "What the person states, each valid on the day evaluated") @NotNull @Size(max = 100)
        List<@NotNull @Valid StatedFact> facts) {}
