package org.civic.common.crypto;

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
 * {@code format byte (1) ‖ random 96-bit nonce ‖ ciphertext ‖ 128-bit tag}; the owner's id (the row the value
 * belongs to) and the field name are authenticated as associated data ({@code "<ownerId>/<field>"}, UTF-8), so a
 * ciphertext copied to another row or column fails to open.
 *
 * <p>Not a CDI bean: each service produces its own from its own data key ({@link KeyMaterial#dataKey}), naming
 * the kind of owner ({@code "citizen"}, {@code "suggestion"}) that its error messages mention.
 */
public class PersonalDataCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final String ownerKind;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param dataKey an AES-256 key, 32 bytes (see {@link KeyMaterial#dataKey})
     * @param ownerKind what owns the sealed values, for error messages only (e.g. {@code "citizen"})
     */
    public PersonalDataCipher(byte[] dataKey, String ownerKind) {
        if (dataKey.length != KeyMaterial.DATA_KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 data key is exactly 32 bytes");
        }
        this.key = new SecretKeySpec(dataKey, "AES");
        this.ownerKind = ownerKind;
    }

    public byte[] seal(String plaintext, UUID ownerId, String field) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] ciphertext = run(Cipher.ENCRYPT_MODE, nonce, ownerId, field, plaintext.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                .put(FORMAT)
                .put(nonce)
                .put(ciphertext)
                .array();
    }

    public String open(byte[] sealed, UUID ownerId, String field) {
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != FORMAT) {
            throw new IllegalStateException("unknown ciphertext format in " + ownerKind + "." + field);
        }
        ByteBuffer buffer = ByteBuffer.wrap(sealed, 1, sealed.length - 1);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);
        return new String(run(Cipher.DECRYPT_MODE, nonce, ownerId, field, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, byte[] nonce, UUID ownerId, String field, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD((ownerId + "/" + field).getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // The message of a failed decryption says nothing about the data; keep it that way.
            throw new IllegalStateException(
                    "cannot " + (mode == Cipher.ENCRYPT_MODE ? "encrypt" : "decrypt") + " " + ownerKind + "." + field);
        }
    }
}
