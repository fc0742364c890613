package org.civic.registry.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One recorded change of one field of a project")
public record ChangeView(
        @Schema(required = true, examples = Examples.UPDATED)
        Instant changedAt,

        @Schema(
                required = true,
                description = "Who changed it, as the gateway vouched for the caller",
                examples = "staff:li")
        String changedBy,

        @Schema(
                required = true,
                description = "The field: a project field, or indicators.<key>[.target|.baseline|" + ".definition]",
                examples = "indicators.institutions.target")
        String field,

        @Schema(
                required = true,
                nullable = true,
                description = "The value before, as text; null when there was none",
                examples = "20")
        String oldValue,

        @Schema(
                required = true,
                nullable = true,
                description = "The value after, as text; null when removed",
                examples = "25")
        String newValue,

        @Schema(
                required = true,
                nullable = true,
                description = "Why; required for changes of targets, planned dates " + "and investment",
                examples = Examples.REASON)
        String reason) {}
