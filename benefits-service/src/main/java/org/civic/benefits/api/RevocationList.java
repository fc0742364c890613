package org.civic.benefits.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Passes revoked since a moment and not yet expired. A validator trusts only {@code token}: a JWS signed ES256 by a
 * key of /.well-known/jwks.json whose claims hold the same list ({@code revoked}: pass id → revocation time in epoch
 * seconds, {@code since}, {@code iat}); the other fields repeat it for reading.
 */
public record RevocationList(
        @Schema(
                description = "When the list was made: the since of the next refresh",
                examples = "2025-03-12T01:20:00Z")
        Instant issuedAt,

        @Schema(
                description = "Revoked after this moment; absent: every live revoked pass",
                examples = "2025-03-12T01:15:00Z")
        Instant since,

        List<RevokedPass> revoked,

        @Schema(
                description = "The signed list, compact JWS (ES256, kid in the header)",
                examples = "eyJraWQiOiI0ZjJiLi4uIiwiYWxnIjoiRVMyNTYifQ.eyJyZXZva2VkIjp7fX0.c2lnbmF0dXJl")
        String token) {

    public record RevokedPass(
            @Schema(examples = Examples.PASS_ID) UUID passId,
            @Schema(examples = "2025-03-12T01:18:00Z") Instant revokedAt) {}
}
