package org.civic.benefits.api;

import java.time.Instant;
import org.civic.benefits.entity.AccessLogEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AccessLogEntryView(
        @Schema(examples = "2025-03-12T01:20:00Z") Instant accessedAt,

        @Schema(description = "Who read (the caller the gateway vouched for)", examples = "staff:demo-benefits-officer")
        String actor,

        @Schema(description = "Why, as stated in X-Purpose", examples = Examples.PURPOSE)
        String purpose,

        @Schema(examples = "READ_ELIGIBILITY") AccessLogEntry.Action action,

        @Schema(description = "The X-Request-Id of the read", examples = "8d0f2b4c-6e1a-4c3b-9d5f-2a4c6e8b0d1f")
        String requestId) {}
