package org.civic.benefits.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civic.benefits.rules.RuleLanguageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A fact an anonymous person states to a screener app; valid on the evaluation date. */
public record StatedFact(
        @Schema(ref = RuleLanguageSchema.RECORDABLE_FACT, required = true, examples = "residenceRegion")
        @NotNull
        @Size(max = 40)
        String type,

        @Schema(description = "As the fact takes it: a code, a region code or a date", examples = "350582")
        @NotNull
        @Size(max = 100)
        String value) {}
