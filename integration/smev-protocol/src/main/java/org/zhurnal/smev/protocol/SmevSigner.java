package org.zhurnal.smev.protocol;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.zhurnal.esia.protocol.GostKeys;
import org.zhurnal.esia.protocol.Pem;

/** An information system's signing key and certificate (ГОСТ Р 34.10-2012-256). */
public record SmevSigner(PrivateKey key, X509Certificate certificate) {

    /** From PEM texts (PKCS#8 key, X.509 certificate). */
    public static SmevSigner fromPem(String privateKeyPem, String certificatePem) {
        return new SmevSigner(Pem.privateKey(privateKeyPem), Pem.certificates(certificatePem).get(0));
    }

    /** A throw-away key with a self-signed certificate (development and tests; never for a real СМЭВ node). */
    public static SmevSigner throwAway(String commonName) {
        GostKeys.Credentials credentials = GostKeys.generate(commonName, Duration.ofDays(30));
        return new SmevSigner(credentials.keyPair().getPrivate(), credentials.certificate());
    }
}
