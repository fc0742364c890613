package org.civic.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An API client; {@code key} is present only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClientView(UUID id, String name, List<String> scopes, int ratePerMinute, String keyPrefix,
                         Instant createdAt, String createdBy, Instant revokedAt, String key) {
}
