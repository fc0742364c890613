package org.civic.benefits.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A freshly issued pass: show {@code token} as a QR code; it expires at {@code expiresAt}. */
public record PassView(UUID passId, String token, Instant expiresAt, List<String> benefitCodes) {
}
