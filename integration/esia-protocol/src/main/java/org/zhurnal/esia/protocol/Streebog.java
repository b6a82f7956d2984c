package org.zhurnal.esia.protocol;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;

/** GOST R 34.11-2012 (Streebog) with a 256-bit result, and ESIA's {@code client_certificate_hash}. */
public final class Streebog {

    private Streebog() {
    }

    public static byte[] hash256(byte[] message) {
        GOST3411_2012_256Digest digest = new GOST3411_2012_256Digest();
        digest.update(message, 0, message.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /**
     * {@code client_certificate_hash}: Streebog-256 of the certificate's DER encoding as upper-case hex (what
     * CryptoPro's {@code cpverify -mk -alg GR3411_2012_256} prints; ESIA compares it ignoring case).
     */
    public static String certificateHash(X509Certificate certificate) {
        try {
            return HexFormat.of().withUpperCase().formatHex(hash256(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot encode the certificate", e);
        }
    }
}
