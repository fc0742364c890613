package org.civic.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered webhook; {@code secret} is present only in the answer that registered it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A registered webhook; secret is present only in the answer that registered it.")
public record WebhookView(
        @Schema(examples = "8d3e1f2a-4b5c-4d6e-9f0a-1b2c3d4e5f60")
        UUID id,

        @Schema(maxLength = 2000, examples = "https://news.example.cn/hooks/civic")
        String url,

        @Schema(description = "The event types and prefixes it receives")
        List<String> events,

        Instant createdAt,

        @Schema(
                description = "The signing secret (README \"Webhooks\": verify Webhook-Signature with it): only in the"
                        + " answer to createWebhook, never again.",
                pattern = "^whsec_[A-Za-z0-9_-]{43}$",
                maxLength = 49)
        String secret) {}
