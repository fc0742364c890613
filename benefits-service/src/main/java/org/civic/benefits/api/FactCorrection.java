package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fact as it should have been recorded (its type does not change: a different type is another fact), with why.
 */
public record FactCorrection(
        @Schema(description = "The corrected value, as the fact's type takes it", examples = "BLOOD_DONATION_GOLD")
        @NotNull
        @Size(max = 100)
        String value,

        @Schema(description = "Who vouches for it", examples = "泉州市中心血站") @NotBlank @Size(max = 200)
        String source,

        @Schema(description = "Valid from this day; absent: always was", examples = "2022-06-14")
        LocalDate validFrom,

        @Schema(description = "Valid until this day; absent: open", examples = "2030-06-13")
        LocalDate validUntil,

        @Schema(description = "Why it is corrected (kept in the history)", examples = "血站复核：应为金奖，误录为银奖")
        @NotBlank
        @Size(max = 500)
        String reason) {}
