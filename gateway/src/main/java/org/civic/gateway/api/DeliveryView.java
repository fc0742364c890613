package org.civic.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a webhook's delivery log; what is unknown (no status yet, no next attempt) is left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One event sent (or being sent) to a webhook, and how its attempts went")
public record DeliveryView(
        @Schema(examples = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f")
        UUID id,

        @Schema(description = "The change's id (Webhook-Id), the same on every attempt", examples = "progress-77")
        String eventId,

        @Schema(examples = "report.approved") String eventType,

        @Schema(
                description = "PENDING until a 2xx (DELIVERED) or until 24 h of retries have passed (FAILED)",
                enumeration = {"PENDING", "DELIVERED", "FAILED"})
        String state,

        @Schema(description = "Attempts so far", examples = "3")
        int attempts,

        @Schema(description = "The receiver's status code on the last attempt; absent when it gave none")
        Integer lastStatus,

        @Schema(
                description = "Why the last attempt failed, when it did without a status (timeout, refused target)",
                maxLength = 500)
        String lastError,

        Instant firstAttemptAt,

        @Schema(description = "When the next attempt is due; absent once delivered or failed")
        Instant nextAttemptAt,

        Instant deliveredAt) {}
