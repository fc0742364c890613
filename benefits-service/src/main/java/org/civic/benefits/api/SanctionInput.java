package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A misuse to record: which programme's benefits were misused, on which day, and the evidence. */
public record SanctionInput(
        @Schema(examples = Examples.PROGRAMME_CODE)
        @NotNull
        @Size(max = Codes.CODE_MAX_LENGTH)
        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE)
        String programmeCode,

        @Schema(
                description = "The day of the misuse; not in the future; its day picks the sanction rule version",
                examples = "2025-03-12")
        @NotNull
        LocalDate occurredOn,

        @Schema(description = "What shows the misuse") @NotNull @Valid
        Evidence evidence) {

    public record Evidence(
            @Schema(
                    description = "What happened; stored encrypted (it may name people), shown only to officers",
                    examples = "荣誉卡在公交闸机被他人冒用，稽查记录附后")
            @NotBlank
            @Size(max = 2000)
            String description,

            @Schema(description = "A case or record number", examples = "QZBUS-2025-0312-017", maxLength = 100)
            @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_.-]*", message = "letters, digits and / _ . - only")
            String reference) {}
}
