package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Find a citizen by national ID number; sent in a body so that the number never appears in a URL or access log. */
public record CitizenLookup(
        @Schema(description = "The 18-character resident ID number", examples = Examples.NATIONAL_ID_NUMBER)
        @NotNull
        @Size(max = NationalIdNumber.LENGTH)
        @NationalIdNumber
        String nationalIdNumber) {}
