package org.civic.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.civic.common.security.ServiceIdentity;
import org.civic.common.security.VerifiedTokens;
import org.junit.jupiter.api.Test;

/** Remembering verified identities must never let an unverified one through. */
class VerifiedTokensTest {

    @Test
    void aTokenIsVerifiedOnceAndAForgeryIsStillRefused() throws Exception {
        JWTAuthContextInfo context =
                new JWTAuthContextInfo(KeyUtils.readPublicKey("demo-keys/identity-public.pem"), GatewayIdentity.ISSUER);
        VerifiedTokens tokens = new VerifiedTokens(Optional.empty());
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

    @Test
    void aServiceIdentityIsReadOnlyAndOnlyItsOwnKeyMakesOne() throws Exception {
        JWTAuthContextInfo context =
                new JWTAuthContextInfo(KeyUtils.readPublicKey("demo-keys/identity-public.pem"), GatewayIdentity.ISSUER);
        context.setExpectedAudience(Set.of(GatewayIdentity.AUDIENCE));
        var serviceKey = KeyUtils.readPrivateKey("demo-keys/service-identity-private.pem");
        VerifiedTokens tokens = new VerifiedTokens(Optional.of("demo-keys/service-identity-public.pem"));

        var progress = tokens.parse(ServiceIdentity.sign(serviceKey, "progress", Duration.ofMinutes(2)), context);
        assertEquals("service:progress", progress.getName());
        assertEquals(Set.of(Roles.DASHBOARD), progress.getGroups());

        // The service key cannot mint a writer, nor a name that is not a service's.
        String admin = Jwt.issuer(ServiceIdentity.ISSUER)
                .audience(GatewayIdentity.AUDIENCE)
                .upn("service:progress")
                .groups(Set.of(Roles.ADMIN))
                .expiresIn(120)
                .sign(serviceKey);
        assertThrows(ParseException.class, () -> tokens.parse(admin, context));
        String staff = Jwt.issuer(ServiceIdentity.ISSUER)
                .audience(GatewayIdentity.AUDIENCE)
                .upn("staff:li")
                .groups(Set.of(Roles.DASHBOARD))
                .expiresIn(120)
                .sign(serviceKey);
        assertThrows(ParseException.class, () -> tokens.parse(staff, context));
        // Under the service issuer, the gateway's key is not the service key.
        String byGatewayKey = ServiceIdentity.sign(
                KeyUtils.readPrivateKey("demo-keys/identity-private.pem"), "progress", Duration.ofMinutes(2));
        assertThrows(ParseException.class, () -> tokens.parse(byGatewayKey, context));
        // A service that names no service key accepts no service identity.
        assertThrows(
                ParseException.class,
                () -> new VerifiedTokens(Optional.empty())
                        .parse(ServiceIdentity.sign(serviceKey, "progress", Duration.ofMinutes(2)), context));
    }
}
