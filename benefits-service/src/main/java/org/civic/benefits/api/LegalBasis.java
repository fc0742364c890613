package org.civic.benefits.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The policy a programme rests on: its title and where it was published. */
public record LegalBasis(@NotBlank @Size(max = 500) String title, @Size(max = 1000) String source) {
}
