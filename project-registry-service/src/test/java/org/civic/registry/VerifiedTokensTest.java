package org.civic.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Set;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.common.security.VerifiedTokens;
import org.junit.jupiter.api.Test;

/** Remembering verified identities must never let an unverified one through. */
class VerifiedTokensTest {

    @Test
    void aTokenIsVerifiedOnceAndAForgeryIsStillRefused() throws Exception {
        JWTAuthContextInfo context =
                new JWTAuthContextInfo(KeyUtils.readPublicKey("demo-keys/identity-public.pem"), GatewayIdentity.ISSUER);
        VerifiedTokens tokens = new VerifiedTokens();
        String genuine = GatewayIdentity.sign(
                KeyUtils.readPrivateKey("demo-keys/identity-private.pem"),
                "staff:li",
                Set.of(Roles.EDITOR),
                null,
                Duration.ofMinutes(2));
        assertEquals("staff:li", tokens.parse(genuine, context).getName());
        assertSame(tokens.parse(genuine, context), tokens.parse(genuine, context));

        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = GatewayIdentity.sign(
                generator.generateKeyPair().getPrivate(),
                "staff:li",
                Set.of(Roles.EDITOR),
                null,
                Duration.ofMinutes(2));
        assertThrows(ParseException.class, () -> tokens.parse(forged, context));
        // the same claims with the genuine signature cut off and the forged one pasted on
        String spliced = genuine.substring(0, genuine.lastIndexOf('.')) + forged.substring(forged.lastIndexOf('.'));
        assertThrows(ParseException.class, () -> tokens.parse(spliced, context));
        String expired = GatewayIdentity.sign(
                KeyUtils.readPrivateKey("demo-keys/identity-private.pem"),
                "staff:li",
                Set.of(Roles.EDITOR),
                null,
                Duration.ofMinutes(-5));
        assertThrows(ParseException.class, () -> tokens.parse(expired, context));
    }
}
