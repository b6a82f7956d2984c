package org.zhurnal.people.persistence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of personal data at rest with AES-256-GCM (a random 96-bit IV per value, the purpose bound in
 * as associated data) and keyed lookup hashes with HMAC-SHA256. Both keys are derived from one master key
 * (32 bytes) with HMAC-SHA256 over distinct labels, so the hash key never encrypts and vice versa.
 * Stored form: {@code version (1 byte) || IV (12) || ciphertext and tag}.
 *
 * <p>An import encrypts and hashes tens of thousands of numbers a minute: each thread keeps its own {@link Cipher}
 * and {@link Mac} (looking them up among the providers costs more than the work itself). A GCM cipher is initialised
 * with a fresh IV for every value, as before; the MAC keeps its key and resets after every value.
 */
public final class PiiCipher {

    static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PiiCipher::newCipher);
    private final ThreadLocal<Mac> macs;

    public PiiCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != 32) {
            throw new IllegalArgumentException("the personal-data key must be 32 bytes (base64 of 32 random bytes)");
        }
        encryptionKey = new SecretKeySpec(derive(masterKey, "zhurnal/pii/encryption/v1"), "AES");
        lookupKey = new SecretKeySpec(derive(masterKey, "zhurnal/pii/lookup/v1"), "HmacSHA256");
        macs = ThreadLocal.withInitial(() -> newMac(lookupKey));
    }

    /** Reads the master key from its configured form: base64 of 32 bytes. */
    public static PiiCipher fromBase64(String masterKey) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(masterKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the personal-data key is not base64", e);
        }
        try {
            return new PiiCipher(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public byte[] encrypt(String plaintext, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        Cipher aes = ciphers.get();
        try {
            aes.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            aes.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = plaintext.getBytes(StandardCharsets.UTF_8);
            byte[] stored = new byte[1 + IV_BYTES + aes.getOutputSize(plain.length)];
            stored[0] = VERSION;
            System.arraycopy(iv, 0, stored, 1, IV_BYTES);
            int sealed = aes.doFinal(plain, 0, plain.length, stored, 1 + IV_BYTES);
            return sealed == stored.length - 1 - IV_BYTES ? stored : Arrays.copyOf(stored, 1 + IV_BYTES + sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts a value encrypted for the same purpose; fails if it was altered or another key was used. */
    public String decrypt(byte[] stored, String purpose) {
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalArgumentException("not a value encrypted by this version");
        }
        Cipher aes = ciphers.get();
        try {
            aes.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            aes.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = aes.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored value cannot be decrypted with this key", e);
        }
    }

    /** HMAC-SHA256 of the value under the lookup key, bound to the purpose. */
    public byte[] lookupHash(String value, String purpose) {
        Mac hmac = macs.get();
        hmac.reset();
        hmac.update(purpose.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 0);
        return hmac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] derive(byte[] masterKey, String label) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return hmac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    @Override
    public String toString() {
        return "PiiCipher[keys hidden]";
    }
}
