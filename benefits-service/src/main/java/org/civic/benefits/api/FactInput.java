package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A fact to record: {@code type} from the fact catalogue, its value, who vouches for it and when it is
 * valid (open bounds when absent).
 */
public record FactInput(
        @NotNull @Size(max = 40) String type,
        @NotNull @Size(max = 100) String value,
        @NotBlank @Size(max = 200) String source,
        LocalDate validFrom,
        LocalDate validUntil) {
}
