package org.zhurnal.esia.protocol;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PEM text of certificates and PKCS#8 private keys (GOST or RSA), read and written with BouncyCastle. */
public final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private Pem() {
    }

    public static String certificate(X509Certificate certificate) {
        try {
            return block("CERTIFICATE", certificate.getEncoded());
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String privateKey(PrivateKey key) {
        return block("PRIVATE KEY", key.getEncoded());
    }

    /** Every {@code CERTIFICATE} block of {@code pem}, in order. */
    public static List<X509Certificate> certificates(String pem) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509", Gost.PROVIDER);
            for (byte[] der : blocks(pem, "CERTIFICATE")) {
                certificates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("unreadable certificate", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no certificate in the PEM text");
        }
        return certificates;
    }

    /** The first {@code PRIVATE KEY} (PKCS#8) block: a GOST R 34.10-2012 key, else an RSA key. */
    public static PrivateKey privateKey(String pem) {
        List<byte[]> keys = blocks(pem, "PRIVATE KEY");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no PKCS#8 private key in the PEM text");
        }
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(keys.get(0));
        for (String algorithm : List.of(Gost.KEY_ALGORITHM, "RSA")) {
            try {
                return KeyFactory.getInstance(algorithm, Gost.PROVIDER).generatePrivate(spec);
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("the private key is neither GOST R 34.10-2012 nor RSA");
    }

    /** The certificate's public key as a BouncyCastle key (so GOST keys work whatever the JVM's providers). */
    static PublicKey gostPublicKey(X509Certificate certificate) throws GeneralSecurityException {
        PublicKey key = certificate.getPublicKey();
        String algorithm = key.getAlgorithm().toUpperCase().contains("RSA") ? "RSA" : Gost.KEY_ALGORITHM;
        return KeyFactory.getInstance(algorithm, Gost.PROVIDER).generatePublic(new X509EncodedKeySpec(key.getEncoded()));
    }

    private static List<byte[]> blocks(String pem, String type) {
        List<byte[]> result = new ArrayList<>();
        Matcher m = BLOCK.matcher(pem == null ? "" : pem);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                result.add(Base64.getMimeDecoder().decode(m.group(2)));
            }
        }
        return result;
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
