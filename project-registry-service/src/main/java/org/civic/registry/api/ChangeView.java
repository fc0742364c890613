package org.civic.registry.api;

import java.time.Instant;

public record ChangeView(Instant changedAt, String changedBy, String field, String oldValue, String newValue, String reason) {
}
