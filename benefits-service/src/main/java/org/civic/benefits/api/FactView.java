package org.civic.benefits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record FactView(UUID id, String type, String value, String source, LocalDate validFrom, LocalDate validUntil,
                       Instant recordedAt, String recordedBy) {
}
