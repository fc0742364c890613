package org.civic.benefits.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest with AES-256-GCM. A sealed value is
 * {@code format byte (1) ‖ random 96-bit nonce ‖ ciphertext ‖ 128-bit tag}; the citizen id and the field name
 * are authenticated as associated data, so a ciphertext copied to another row or column fails to open.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(SecretKeys keys) {
        this.key = new SecretKeySpec(keys.dataKey(), "AES");
    }

    public byte[] seal(String plaintext, UUID citizenId, String field) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext =
                run(Cipher.ENCRYPT_MODE, nonce, citizenId, field, plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                .put(FORMAT)
                .put(nonce)
                .put(ciphertext)
                .array();
    }

    public String open(byte[] sealed, UUID citizenId, String field) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("unknown ciphertext format in citizen." + field);
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new String(run(Cipher.DECRYPT_MODE, nonce, citizenId, field, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, UUID citizenId, String field, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((citizenId + "/" + field).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message of a failed decryption says nothing about the data; keep it that way.
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt") + " citizen." + field);
        }
    }
}
