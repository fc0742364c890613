package org.civic.gateway.api;

import org.civic.gateway.client.PartFailure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An optional part of a view that failed: it is null in the view, and this says why. */
@Schema(description = "An optional part of the view that could not be read (it is null in the view), and why.")
public record Degraded(
        @Schema(description = "The part, as service.part.", maxLength = 64, examples = "progress.status")
        String part,

        @Schema(
                description = "Why it is missing.",
                enumeration = {
                    PartFailure.TIMEOUT,
                    PartFailure.CIRCUIT_OPEN,
                    PartFailure.OVERLOADED,
                    PartFailure.UNAVAILABLE,
                    PartFailure.ERROR
                })
        String reason) {}
