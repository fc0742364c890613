package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.civic.benefits.rules.RuleLanguageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fact to record: {@code type} from the fact catalogue, its value, who vouches for it and when it is
 * valid (open bounds when absent).
 */
public record FactInput(
        @Schema(ref = RuleLanguageSchema.RECORDABLE_FACT, required = true, examples = "honour") @NotNull @Size(max = 40)
        String type,

        @Schema(
                description = "As the fact takes it: a code, a region code or a date; NONE records a checked absence "
                        + "of a multi-valued fact",
                examples = "BLOOD_DONATION_GOLD")
        @NotNull
        @Size(max = 100)
        String value,

        @Schema(description = "Who vouches for it", examples = "泉州市中心血站") @NotBlank @Size(max = 200)
        String source,

        @Schema(description = "Valid from this day; absent: always was", examples = "2022-06-14")
        LocalDate validFrom,

        @Schema(description = "Valid until this day; absent: open", examples = "2030-06-13")
        LocalDate validUntil) {}
