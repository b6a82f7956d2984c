package org.zhurnal.esia.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * ESIA's {@code client_secret}: a GOST R 34.10-2012-256 signature of the concatenated request parameters,
 * base64url-encoded (with padding, as the Go and PHP clients send it; both forms are accepted on reading).
 *
 * <p>Signed text at {@code /aas/oauth2/v2/ac}: {@code client_id + scope + timestamp + state + redirect_uri};
 * at {@code /aas/oauth2/v3/te} the authorization {@code code} is appended (see {@link #authorizationMessage} and
 * {@link #tokenMessage}).
 */
public final class ClientSecret {

    private ClientSecret() {
    }

    public static String authorizationMessage(String clientId, String scope, String timestamp, String state,
                                              String redirectUri) {
        return clientId + scope + timestamp + state + redirectUri;
    }

    public static String tokenMessage(String clientId, String scope, String timestamp, String state,
                                      String redirectUri, String code) {
        return authorizationMessage(clientId, scope, timestamp, state, redirectUri) + code;
    }

    /** Signs {@code message} (UTF-8) with the client's key; {@code certificate} goes into a CMS signature. */
    public static String sign(String message, PrivateKey key, X509Certificate certificate, SignatureMode mode) {
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        byte[] signature = switch (mode) {
            case RAW -> rawSignature(data, key);
            case RAW_REVERSED -> reversed(rawSignature(data, key));
            case CMS_DETACHED -> detachedCms(data, key, certificate);
        };
        return Base64.getUrlEncoder().encodeToString(signature);
    }

    /**
     * The mode among {@code accepted} in which {@code secret} is a valid signature of {@code message} by the key
     * of {@code certificate}; empty when it is none (or not even base64url).
     */
    public static Optional<SignatureMode> verify(String message, String secret, X509Certificate certificate,
                                                 Collection<SignatureMode> accepted) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] data = message.getBytes(StandardCharsets.UTF_8);
        for (SignatureMode mode : accepted) {
            boolean valid = switch (mode) {
                case RAW -> verifyRaw(data, signature, certificate);
                case RAW_REVERSED -> verifyRaw(data, reversed(signature), certificate);
                case CMS_DETACHED -> verifyDetachedCms(data, signature, certificate);
            };
            if (valid) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    static byte[] rawSignature(byte[] data, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(Gost.SIGNATURE, Gost.PROVIDER);
            signer.initSign(key);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("GOST signing failed", e);
        }
    }

    static boolean verifyRaw(byte[] data, byte[] signature, X509Certificate certificate) {
        if (signature.length != 64) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(Gost.SIGNATURE, Gost.PROVIDER);
            verifier.initVerify(Pem.gostPublicKey(certificate));
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }

    private static byte[] detachedCms(byte[] data, PrivateKey key, X509Certificate certificate) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Gost.PROVIDER).build())
                    .build(new JcaContentSignerBuilder(Gost.SIGNATURE).setProvider(Gost.PROVIDER).build(key),
                            certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("CMS signing failed", e);
        }
    }

    private static boolean verifyDetachedCms(byte[] data, byte[] signature, X509Certificate certificate) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(data), signature);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return false;
            }
            return signers.iterator().next().verify(
                    new JcaSimpleSignerInfoVerifierBuilder().setProvider(Gost.PROVIDER).build(certificate));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }
}
