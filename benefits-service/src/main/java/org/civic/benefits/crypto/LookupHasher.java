package org.civic.benefits.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a key of its own: finds a citizen by national ID number without a plaintext column,
 * and, unlike a plain hash, cannot be reversed by trying every possible ID number without the key.
 */
@ApplicationScoped
public class LookupHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public LookupHasher(SecretKeys keys) {
        this.key = new SecretKeySpec(keys.lookupKey(), ALGORITHM);
    }

    public byte[] hash(String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    public String hex(String value) {
        return HexFormat.of().formatHex(hash(value));
    }
}
