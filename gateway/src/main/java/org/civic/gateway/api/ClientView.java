package org.civic.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API client; {@code key} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A third-party app's API client; key is present only in the answer that created it.")
public record ClientView(
        UUID id,
        @Schema(maxLength = 200, examples = "晋江新闻客户端") String name,

        @Schema(description = "What the client may do: public:read, progress:write, benefits:verify.")
        List<String> scopes,

        @Schema(description = "Requests a minute (its own token bucket).", minimum = "1", maximum = "100000")
        int ratePerMinute,

        @Schema(description = "The key's first characters, to recognise it.", maxLength = 12, examples = "civ_Xk3q9v")
        String keyPrefix,

        Instant createdAt,

        @Schema(description = "The admin who created it.", maxLength = 200, examples = "staff:alice")
        String createdBy,

        @Schema(description = "When it was revoked; absent while it is active.")
        Instant revokedAt,

        @Schema(
                description = "The key, for X-API-Key: only in the answer to createApiClient, never again.",
                pattern = "^civ_[A-Za-z0-9_-]{43}$",
                maxLength = 47)
        String key) {}
