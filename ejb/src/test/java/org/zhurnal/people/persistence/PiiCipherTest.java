package org.zhurnal.people.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final PiiCipher cipher = new PiiCipher(randomKey());

    @Test
    void encryptedValueDecryptsToTheOriginal() {
        byte[] stored = cipher.encrypt("11223344595", "person.snils");
        assertThat(cipher.decrypt(stored, "person.snils")).isEqualTo("11223344595");
    }

    @Test
    void theSameValueEncryptsDifferentlyEveryTimeAndNeverInPlainText() {
        byte[] first = cipher.encrypt("11223344595", "person.snils");
        byte[] second = cipher.encrypt("11223344595", "person.snils");
        assertThat(first).isNotEqualTo(second);
        assertThat(first[0]).isEqualTo(PiiCipher.VERSION);
        assertThat(first).hasSize(1 + 12 + 11 + 16);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("11223344595");
    }

    @Test
    void anAlteredValueIsRefused() {
        byte[] stored = cipher.encrypt("11223344595", "person.snils");
        stored[stored.length - 5] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(stored, "person.snils")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyOrPurposeCannotDecrypt() {
        byte[] stored = cipher.encrypt("11223344595", "person.snils");
        assertThatThrownBy(() -> new PiiCipher(randomKey()).decrypt(stored, "person.snils"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(stored, "student.snils")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lookupHashIsStableForTheSameKeyAndDiffersAcrossKeysValuesAndPurposes() {
        byte[] hash = cipher.lookupHash("11223344595", "person.snils");
        assertThat(hash).hasSize(32).isEqualTo(cipher.lookupHash("11223344595", "person.snils"));
        assertThat(new PiiCipher(randomKey()).lookupHash("11223344595", "person.snils")).isNotEqualTo(hash);
        assertThat(cipher.lookupHash("11223344594", "person.snils")).isNotEqualTo(hash);
        assertThat(cipher.lookupHash("11223344595", "student.snils")).isNotEqualTo(hash);
    }

    @Test
    void theKeyIsBase64Of32Bytes() {
        byte[] key = randomKey();
        PiiCipher fromConfig = PiiCipher.fromBase64(Base64.getEncoder().encodeToString(key));
        assertThat(fromConfig.lookupHash("x", "p")).isEqualTo(new PiiCipher(key).lookupHash("x", "p"));
        assertThatThrownBy(() -> PiiCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PiiCipher.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fromConfig.toString()).doesNotContain(Base64.getEncoder().encodeToString(key));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
