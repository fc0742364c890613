package org.civic.benefits.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public keys (RFC 7517 JWK Set) that passes and revocation lists are signed with; a validator caches it. */
public record KeySet(List<Key> keys) {

    /** One EC P-256 public key. */
    public record Key(
            @Schema(examples = "EC") String kty,
            @Schema(examples = "P-256") String crv,

            @Schema(description = "base64url", examples = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU")
            String x,

            @Schema(description = "base64url", examples = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0")
            String y,

            @Schema(description = "Named in the kid header of what it signed", examples = Examples.KID)
            String kid,

            @Schema(examples = "sig") String use,
            @Schema(examples = "ES256") String alg) {}
}
