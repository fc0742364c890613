package org.civic.benefits.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A citizen to register, with optional initial facts. Personal data is encrypted before it is stored. */
public record CitizenInput(
        @NotBlank @Size(max = 50) String name,
        @NotNull @NationalIdNumber String nationalIdNumber,
        @Pattern(regexp = Codes.MOBILE, message = "must be an 11-digit mainland mobile number") String phone,
        @Size(max = 50) List<@NotNull @Valid FactInput> facts) {
}
