package org.zhurnal.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A SNILS as it is stored: encrypted (readable only with the key) plus a keyed hash that finds and keeps
 * unique a person by SNILS without decrypting anything. Neither part reveals the number.
 */
@Embeddable
public class ProtectedSnils {

    @Column(name = "snils_cipher")
    private byte[] cipher;

    @Column(name = "snils_hash")
    private byte[] lookupHash;

    protected ProtectedSnils() {
        // for JPA
    }

    public ProtectedSnils(byte[] cipher, byte[] lookupHash) {
        this.cipher = Objects.requireNonNull(cipher, "cipher").clone();
        this.lookupHash = Objects.requireNonNull(lookupHash, "lookupHash").clone();
    }

    public byte[] cipher() {
        return cipher.clone();
    }

    public byte[] lookupHash() {
        return lookupHash.clone();
    }

    public boolean matches(byte[] hash) {
        return Arrays.equals(lookupHash, hash);
    }

    @Override
    public String toString() {
        return "ProtectedSnils[***]";
    }
}
