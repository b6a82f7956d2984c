package org.zhurnal.esia.protocol;

import java.util.Locale;

/**
 * How a GOST R 34.10-2012 signature is put into {@code client_secret} (always base64url). Public ESIA clients
 * disagree, so both ends make it configurable.
 */
public enum SignatureMode {
    /** BouncyCastle's raw 64-byte signature (s || r, big-endian halves). */
    RAW,
    /** The raw signature with its bytes reversed: what CryptoPro's {@code csptest -sign GOST12_256} yields. */
    RAW_REVERSED,
    /** A detached CMS (PKCS#7) SignedData with the signer's certificate, as in ESIA's own guidelines. */
    CMS_DETACHED;

    /** Parses {@code raw}, {@code raw-reversed} or {@code cms-detached} (case and {@code -}/{@code _} ignored). */
    public static SignatureMode parse(String text) {
        if (text == null || text.isBlank()) {
            return CMS_DETACHED;
        }
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
