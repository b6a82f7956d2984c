package org.zhurnal.esia.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * ESIA's signed JWTs (access and ID tokens): {@code alg} {@value #GOST} (GOST R 34.10-2012-256 over Streebog-256,
 * signature bytes in a configurable order) or {@value #RS256}. Any other {@code alg}, {@code none} included, is
 * refused. JSON is parsed by the caller's library ({@code json} turns a JSON object's text into a map).
 */
public final class EsiaJwt {

    public static final String GOST = "GOST3410_2012_256";
    public static final String RS256 = "RS256";

    /** A token whose signature checked out; claims are not yet checked (expiry, issuer and audience are the caller's). */
    public record Verified(Map<String, Object> header, Map<String, Object> claims) {
    }

    private EsiaJwt() {
    }

    /** Signs a GOST JWT (the simulator's side): {@code headerJson} must name {@code alg} {@value #GOST}. */
    public static String signGost(String headerJson, String claimsJson, PrivateKey key, SignatureMode order) {
        String input = b64(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + b64(claimsJson.getBytes(StandardCharsets.UTF_8));
        byte[] signature = ClientSecret.rawSignature(input.getBytes(StandardCharsets.US_ASCII), key);
        if (order == SignatureMode.RAW_REVERSED) {
            signature = ClientSecret.reversed(signature);
        }
        return input + "." + b64(signature);
    }

    /**
     * Checks the token's signature against any of {@code trusted} (ESIA rotates certificates, so several may be
     * configured); {@code gostOrder} is {@link SignatureMode#RAW} or {@link SignatureMode#RAW_REVERSED}.
     */
    public static Optional<Verified> verify(String token, List<X509Certificate> trusted, SignatureMode gostOrder,
                                            Function<String, Map<String, Object>> json) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Map<String, Object> header = json.apply(utf8(parts[0]));
            byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            Object alg = header.get("alg");
            boolean valid = false;
            for (X509Certificate certificate : trusted) {
                if (GOST.equals(alg)) {
                    byte[] raw = gostOrder == SignatureMode.RAW_REVERSED ? ClientSecret.reversed(signature) : signature;
                    valid = ClientSecret.verifyRaw(input, raw, certificate);
                } else if (RS256.equals(alg)) {
                    valid = verifyRsa(input, signature, certificate);
                }
                if (valid) {
                    return Optional.of(new Verified(header, json.apply(utf8(parts[1]))));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean verifyRsa(byte[] input, byte[] signature, X509Certificate certificate) {
        if (!certificate.getPublicKey().getAlgorithm().toUpperCase().contains("RSA")) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA", Gost.PROVIDER);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(input);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String utf8(String base64url) {
        return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
