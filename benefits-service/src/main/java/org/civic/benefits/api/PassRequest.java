package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which benefits a pass should carry; without a list, every benefit the citizen is eligible for today. */
public record PassRequest(
        @Schema(
                description = "Only these benefits (each must be eligible today, else 422)",
                examples = "[\"QZ_BLOOD_MUSEUM_CULTURE\", \"QZ_BLOOD_PUBLIC_TRANSPORT\"]")
        @Size(max = 20)
        List<
                        @NotNull @Size(max = Codes.CODE_MAX_LENGTH)
                        @Pattern(regexp = Codes.CODE, message = Codes.CODE_MESSAGE) String>
                benefitCodes) {}
