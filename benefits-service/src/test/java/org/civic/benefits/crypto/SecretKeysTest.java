package org.civic.benefits.crypto;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Base64;
import org.civic.benefits.config.BenefitsConfig;
import org.junit.jupiter.api.Test;

/** The prod profile sets allow-demo-keys=false: demo keys, short keys and non-base64 keys stop the service. */
class SecretKeysTest {

    private static final String DEMO = base64("DEMO-ONLY:benefits-data-key:0001".getBytes(StandardCharsets.US_ASCII));

    @Test
    void demoKeysAreRefusedUnlessAllowedAndTheMessageNeverShowsTheKey() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class, () -> new SecretKeys(config(DEMO, random(32), random(32), false)));
        assertTrue(refused.getMessage().contains("benefits.crypto.data-key is a demo key"), refused.getMessage());
        assertFalse(refused.getMessage().contains(DEMO));
        assertDoesNotThrow(() -> new SecretKeys(config(DEMO, random(32), random(32), true)));
        assertDoesNotThrow(() -> new SecretKeys(config(random(32), random(32), random(48), false)));
    }

    @Test
    void keysMustBeBase64AndLongEnough() {
        assertThrows(
                IllegalStateException.class, () -> new SecretKeys(config(random(16), random(32), random(32), false)));
        assertThrows(
                IllegalStateException.class, () -> new SecretKeys(config(random(32), random(31), random(32), false)));
        assertThrows(
                IllegalStateException.class,
                () -> new SecretKeys(config(random(32), random(32), "not base64!", false)));
        assertThrows(
                IllegalStateException.class,
                () -> new SecretKeys(config(random(48), random(32), random(32), false)),
                "AES-256 takes exactly 32 bytes");
    }

    private static String random(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return base64(key);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static BenefitsConfig config(String dataKey, String lookupKey, String signingKey, boolean allowDemo) {
        return new BenefitsConfig() {
            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Crypto crypto() {
                return new Crypto() {
                    @Override
                    public String dataKey() {
                        return dataKey;
                    }

                    @Override
                    public String lookupKey() {
                        return lookupKey;
                    }

                    @Override
                    public boolean allowDemoKeys() {
                        return allowDemo;
                    }
                };
            }

            @Override
            public Pass pass() {
                return new Pass() {
                    @Override
                    public String signingKey() {
                        return signingKey;
                    }

                    @Override
                    public Duration ttl() {
                        return Duration.ofMinutes(5);
                    }
                };
            }

            @Override
            public Batch batch() {
                return () -> 20000;
            }
        };
    }
}
