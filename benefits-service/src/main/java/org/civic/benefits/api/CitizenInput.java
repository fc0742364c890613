package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civic.benefits.rules.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen to register, with optional initial facts. Personal data is encrypted before it is stored. */
public record CitizenInput(
        @Schema(description = "Encrypted at rest; answers show it masked", examples = Examples.NAME)
        @NotBlank
        @Size(max = 50)
        String name,

        @Schema(
                description = "18-character resident ID number (GB 11643: birth date and check character are "
                        + "checked); encrypted, found again only through a keyed hash; one citizen per number (409)",
                examples = Examples.NATIONAL_ID_NUMBER)
        @NotNull
        @Size(max = NationalIdNumber.LENGTH)
        @NationalIdNumber
        String nationalIdNumber,

        @Schema(description = "An 11-digit mainland mobile number; encrypted", examples = Examples.PHONE)
        @Size(max = Codes.MOBILE_LENGTH)
        @Pattern(regexp = Codes.MOBILE, message = "must be an 11-digit mainland mobile number")
        String phone,

        @Schema(description = "Facts to record with the citizen") @Size(max = 50)
        List<@NotNull @Valid FactInput> facts) {}
