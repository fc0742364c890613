package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A fact an anonymous person states to a screener app; valid on the evaluation date. */
public record StatedFact(@NotNull @Size(max = 40) String type, @NotNull @Size(max = 100) String value) {
}
