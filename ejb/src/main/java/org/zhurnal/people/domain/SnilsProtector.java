package org.zhurnal.people.domain;

/** Encrypts SNILS for storage and computes its lookup hash; the keys never leave the implementation. */
public interface SnilsProtector {

    /** A fresh encryption (a random IV each time) and the lookup hash. */
    ProtectedSnils protect(Snils snils);

    /** The keyed hash a stored SNILS is found by: equal for equal numbers, useless without the key. */
    byte[] lookupHash(Snils snils);

    /** Decrypts a stored SNILS (only for showing it to someone allowed to see it). */
    Snils reveal(ProtectedSnils stored);
}
