package org.zhurnal.esia.protocol;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Throw-away GOST R 34.10-2012-256 key pairs and self-signed certificates for tests and the dev stack
 * (generated at start, never committed). Production keys come from an accredited CA.
 */
public final class GostKeys {

    /** A key pair with its self-signed certificate. */
    public record Credentials(KeyPair keyPair, X509Certificate certificate) {

        public String certificatePem() {
            return Pem.certificate(certificate);
        }

        public String privateKeyPem() {
            return Pem.privateKey(keyPair.getPrivate());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private GostKeys() {
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(Gost.KEY_ALGORITHM, Gost.PROVIDER);
            generator.initialize(new ECGenParameterSpec(Gost.CURVE), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a GOST key pair", e);
        }
    }

    /** A new key pair with a certificate for {@code CN=commonName}, valid from an hour ago for {@code validity}. */
    public static Credentials generate(String commonName, Duration validity) {
        KeyPair keyPair = generateKeyPair();
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + commonName);
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(validity)), name, keyPair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Gost.PROVIDER)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(Gost.SIGNATURE)
                            .setProvider(Gost.PROVIDER).build(keyPair.getPrivate())));
            return new Credentials(keyPair, certificate);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a GOST certificate", e);
        }
    }
}
