package org.civic.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.civic.common.security.DemoKeyGuard;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** A service in prod refuses to start while it would trust the public demo identity key. */
class DemoKeyGuardTest {

    static Config config(String location) {
        return new SmallRyeConfigBuilder()
                .withDefaultValues(Map.of("mp.jwt.verify.publickey.location", location))
                .build();
    }

    @Test
    void prodRefusesTheDemoKeyAndTheDemoProfilesAcceptIt() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> DemoKeyGuard.refuseDemoKeys(List.of("prod"), config("demo-keys/identity-public.pem")));
        assertTrue(refused.getMessage().contains("mp.jwt.verify.publickey.location"), refused.getMessage());
        assertDoesNotThrow(() -> DemoKeyGuard.refuseDemoKeys(List.of("demo"), config("demo-keys/identity-public.pem")));
        assertDoesNotThrow(
                () -> DemoKeyGuard.refuseDemoKeys(List.of("prod"), config("file:/etc/civic/gateway-identity.pem")));
    }
}
