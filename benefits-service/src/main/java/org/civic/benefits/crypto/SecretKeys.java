package org.civic.benefits.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.civic.benefits.config.BenefitsConfig;

/**
 * The service's three secret keys, decoded and checked at startup: a key that is not base64 or too short
 * stops the service, and so does a demo key (ASCII text starting "DEMO-ONLY") unless
 * {@code benefits.crypto.allow-demo-keys} is true, which only the dev, test and demo profiles set.
 * Error messages name the configuration property, never the key.
 */
@Startup
@ApplicationScoped
public class SecretKeys {

    private static final byte[] DEMO_MARK = "DEMO-ONLY".getBytes(StandardCharsets.US_ASCII);
    private static final int MIN_BYTES = 32;

    private final byte[] dataKey;
    private final byte[] lookupKey;
    private final byte[] signingKey;

    public SecretKeys(BenefitsConfig config) {
        boolean allowDemo = config.crypto().allowDemoKeys();
        dataKey = decode("benefits.crypto.data-key", config.crypto().dataKey(), allowDemo);
        if (dataKey.length != 32) {
            throw new IllegalStateException(
                    "benefits.crypto.data-key must be exactly 32 bytes (AES-256), base64-encoded");
        }
        lookupKey = decode("benefits.crypto.lookup-key", config.crypto().lookupKey(), allowDemo);
        signingKey = decode("benefits.pass.signing-key", config.pass().signingKey(), allowDemo);
    }

    byte[] dataKey() {
        return dataKey.clone();
    }

    byte[] lookupKey() {
        return lookupKey.clone();
    }

    byte[] signingKey() {
        return signingKey.clone();
    }

    private static byte[] decode(String property, String base64, boolean allowDemo) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MIN_BYTES + " bytes, base64-encoded");
        }
        if (!allowDemo && Arrays.equals(key, 0, DEMO_MARK.length, DEMO_MARK, 0, DEMO_MARK.length)) {
            throw new IllegalStateException(
                    property + " is a demo key, refused outside the dev, test and demo profiles: "
                            + "set a random key, e.g. BENEFITS_CRYPTO_DATA_KEY=$(openssl rand -base64 32)");
        }
        return key;
    }
}
