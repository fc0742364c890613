package org.civic.benefits.api;

import java.time.Instant;
import java.util.UUID;

/** A citizen with personal data masked: 林*, 350502********1234, 138****5678. */
public record CitizenView(UUID id, String name, String nationalIdNumber, String phone, Instant createdAt) {
}
