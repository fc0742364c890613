package org.civic.benefits.api;

import java.time.Instant;
import org.civic.benefits.entity.AccessLogEntry;

public record AccessLogEntryView(Instant accessedAt, String actor, String purpose, AccessLogEntry.Action action,
                                 String requestId) {
}
