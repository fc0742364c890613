package org.civic.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.util.KeyUtils;
import java.util.List;
import org.civic.common.security.GatewayIdentity;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** The identity a stub service received, verified as a real service would: the gateway's key, issuer and audience. */
final class ForwardedIdentity {

    private ForwardedIdentity() {}

    static JwtClaims of(StubServices.Received received) throws Exception {
        List<String> authorization = received.headers().get("Authorization");
        assertEquals(1, authorization.size(), "exactly one Authorization reaches the service");
        assertTrue(authorization.get(0).startsWith("Bearer "), authorization.get(0));
        return new JwtConsumerBuilder()
                .setVerificationKey(KeyUtils.readPublicKey("demo-keys/identity-public.pem"))
                .setExpectedIssuer(GatewayIdentity.ISSUER)
                .setExpectedAudience(GatewayIdentity.AUDIENCE)
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(5)
                .build()
                .processToClaims(authorization.get(0).substring("Bearer ".length()));
    }
}
