package org.civic.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.util.KeyUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.civic.common.security.GatewayIdentity;
import org.civic.common.security.Roles;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;

/**
 * Rotating the gateway's key: the services verify with a JWKS holding the current and the next key, and each
 * token names its key by thumbprint, so tokens from either are accepted during the switch, and no other.
 */
@QuarkusTest
@TestProfile(KeyRotationTest.OldAndNewKey.class)
class KeyRotationTest {

    public static class OldAndNewKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "rotation/jwks.json");
        }
    }

    static String bearer(PrivateKey key) {
        return "Bearer "
                + GatewayIdentity.sign(key, "staff:rotating", Set.of(Roles.ADMIN), null, Duration.ofMinutes(2));
    }

    @Test
    void tokensFromTheOldAndTheNewKeyAreAcceptedAndNoOthers() throws Exception {
        PrivateKey current = KeyUtils.readPrivateKey("demo-keys/identity-private.pem");
        PrivateKey next = KeyUtils.readPrivateKey("rotation/next-private.pem");
        try (InputStream jwks = getClass().getClassLoader().getResourceAsStream("rotation/jwks.json")) {
            JsonWebKeySet set = new JsonWebKeySet(new String(jwks.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(
                    GatewayIdentity.keyId(current), set.getJsonWebKeys().get(0).getKeyId());
            assertEquals(
                    GatewayIdentity.keyId(next), set.getJsonWebKeys().get(1).getKeyId());
        }
        given().header("Authorization", bearer(current))
                .when()
                .get("/regions")
                .then()
                .statusCode(200);
        given().header("Authorization", bearer(next))
                .when()
                .get("/regions")
                .then()
                .statusCode(200);
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        given().header("Authorization", bearer(generator.generateKeyPair().getPrivate()))
                .when()
                .get("/regions")
                .then()
                .statusCode(401);
    }
}
