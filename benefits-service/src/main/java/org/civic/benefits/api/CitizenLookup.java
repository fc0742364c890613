package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;

/** Find a citizen by national ID number; sent in a body so that the number never appears in a URL or access log. */
public record CitizenLookup(@NotNull @NationalIdNumber String nationalIdNumber) {
}
