package org.civic.common.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * Secret keys from configuration, decoded and checked when a service starts: a key that is not base64 or too
 * short stops the service, and so does a demo key (ASCII text starting "DEMO-ONLY") unless the caller allows demo
 * keys, which only the dev, test and demo profiles do (each service's {@code <service>.crypto.allow-demo-keys}).
 * Error messages name the configuration property, never the key.
 */
public final class KeyMaterial {

    /** AES-256. */
    public static final int DATA_KEY_BYTES = 32;

    /** The least any secret key may have (HMAC keys may be longer). */
    public static final int MIN_BYTES = 32;

    private static final byte[] DEMO_MARK = "DEMO-ONLY".getBytes(StandardCharsets.US_ASCII);

    private KeyMaterial() {}

    /** An AES-256 key for {@link PersonalDataCipher}: exactly 32 bytes, base64. */
    public static byte[] dataKey(String property, String base64, boolean allowDemo) {
        byte[] key = decode(property, base64, allowDemo);
        if (key.length != DATA_KEY_BYTES) {
            throw new IllegalStateException(property + " must be exactly 32 bytes (AES-256), base64-encoded");
        }
        return key;
    }

    /** Any secret key of at least {@link #MIN_BYTES} bytes, base64. */
    public static byte[] decode(String property, String base64, boolean allowDemo) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MIN_BYTES + " bytes, base64-encoded");
        }
        if (!allowDemo && isDemoKey(key)) {
            throw new IllegalStateException(property + " is a demo key, refused outside the dev, test and demo "
                    + "profiles: set a random key, e.g. " + environmentName(property)
                    + "=$(openssl rand -base64 " + key.length + ")");
        }
        return key;
    }

    private static boolean isDemoKey(byte[] key) {
        return Arrays.equals(key, 0, DEMO_MARK.length, DEMO_MARK, 0, DEMO_MARK.length);
    }

    /** The environment variable MicroProfile Config maps to the property. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
