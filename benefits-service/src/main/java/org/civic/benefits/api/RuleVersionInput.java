package org.civic.benefits.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new rule version: the criteria tree, optional extra criteria per benefit code, and the period it is in
 * force. It supersedes earlier versions from {@code effectiveFrom} on; it never changes them.
 */
public record RuleVersionInput(
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @NotNull JsonNode criteria,
        JsonNode benefitCriteria,
        @Size(max = 2000) String note) {
}
