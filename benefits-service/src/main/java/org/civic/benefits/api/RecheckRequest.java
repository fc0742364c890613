package org.civic.benefits.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bounded batch of a re-check; call again with nextCursor until it is null. */
public record RecheckRequest(
        @Schema(description = "Citizens evaluated in this call, 1–1000 (default 500)", examples = "500")
        @Min(1)
        @Max(1000)
        Integer size,

        @Schema(description = "From the previous answer's nextCursor; absent: start", examples = "x8yM8n5mTmeQ3xJ0")
        @Size(max = 64)
        String cursor) {}
