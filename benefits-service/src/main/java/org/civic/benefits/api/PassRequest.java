package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which benefits a pass should carry; without a list, every benefit the citizen is eligible for today. */
public record PassRequest(
        @Size(max = 20) List<@NotNull @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String> benefitCodes) {
}
