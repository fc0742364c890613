package org.civic.registry;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.civic.registry.config.RegistryCrypto;
import org.civic.registry.crypto.RegistryKeys;
import org.junit.jupiter.api.Test;

/** The prod profile sets registry.crypto.allow-demo-keys=false: the demo data key and a short key stop the service. */
class RegistryKeysTest {

    @Test
    void theDemoDataKeyIsRefusedUnlessAllowedAndAKeyMustBeThirtyTwoBytes() {
        String demo = Base64.getEncoder()
                .encodeToString("DEMO-ONLY:registry-data-key:0001".getBytes(StandardCharsets.US_ASCII));
        IllegalStateException refused =
                assertThrows(IllegalStateException.class, () -> new RegistryKeys(config(demo, false)));
        assertTrue(refused.getMessage().contains("registry.crypto.data-key is a demo key"), refused.getMessage());
        assertTrue(refused.getMessage().contains("REGISTRY_CRYPTO_DATA_KEY"), refused.getMessage());
        assertDoesNotThrow(() -> new RegistryKeys(config(demo, true)));
        assertDoesNotThrow(() -> new RegistryKeys(config(random(32), false)));
        assertThrows(IllegalStateException.class, () -> new RegistryKeys(config(random(48), false)));
    }

    private static String random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static RegistryCrypto config(String dataKey, boolean allowDemo) {
        return new RegistryCrypto() {
            @Override
            public String dataKey() {
                return dataKey;
            }

            @Override
            public boolean allowDemoKeys() {
                return allowDemo;
            }
        };
    }
}
