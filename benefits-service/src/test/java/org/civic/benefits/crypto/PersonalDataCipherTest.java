package org.civic.benefits.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.civic.common.crypto.PersonalDataCipher;
import org.junit.jupiter.api.Test;

/** common's cipher opens what benefits sealed before it moved there, and only under its own row and field. */
class PersonalDataCipherTest {

    private static final byte[] DEMO_KEY = "DEMO-ONLY:benefits-data-key:0001".getBytes(StandardCharsets.US_ASCII);
    private static final UUID CITIZEN = UUID.fromString("7d1f3c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b");
    /** A phone sealed under the demo key by benefits' own cipher (nonce 00…0b), before the move. */
    private static final byte[] SEALED_BEFORE_THE_MOVE =
            Base64.getDecoder().decode("AQABAgMEBQYHCAkKCxnFq2awtXQRlbIM6QJj7k78DRXA4UFuEk326g==");

    private final PersonalDataCipher cipher = new PersonalDataCipher(DEMO_KEY, SecretKeys.OWNER_KIND);

    @Test
    void aValueSealedBeforeTheMoveStillOpens() {
        assertEquals("13800138000", cipher.open(SEALED_BEFORE_THE_MOVE, CITIZEN, "phone"));
    }

    @Test
    void aCiphertextOpensOnlyUnderItsOwnOwnerAndFieldAndTheMessageNamesOnlyTheField() {
        byte[] sealed = cipher.seal("张三", CITIZEN, "name");
        assertEquals("张三", cipher.open(sealed, CITIZEN, "name"));
        IllegalStateException otherField =
                assertThrows(IllegalStateException.class, () -> cipher.open(sealed, CITIZEN, "phone"));
        assertEquals("cannot decrypt citizen.phone", otherField.getMessage());
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, UUID.randomUUID(), "name"));
        assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("张三"));
    }
}
