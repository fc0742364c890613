package org.civic.benefits.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A freshly issued pass: show {@code token} as a QR code; it expires at {@code expiresAt}. */
public record PassView(
        @Schema(description = "Revoke the pass with DELETE /citizens/{id}/passes/{passId}", examples = Examples.PASS_ID)
        UUID passId,

        @Schema(
                description =
                        "A compact JWS (HS256) carrying the pass id and the benefit codes only; show it as a QR code",
                examples =
                        "eyJhbGciOiJIUzI1NiJ9.eyJqdGkiOiJkMmY0YjZhOC0wYzFlLTRhM2ItOWQ1Zi03ZTlhMWIzYzVkN2YifQ.c2lnbmF0dXJl")
        String token,

        @Schema(description = "After benefits.pass.ttl (5 minutes)", examples = "2025-03-12T01:25:00Z")
        Instant expiresAt,

        @Schema(examples = "[\"QZ_BLOOD_MUSEUM_CULTURE\", \"QZ_BLOOD_PUBLIC_TRANSPORT\"]")
        List<String> benefitCodes) {}
