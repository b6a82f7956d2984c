package org.zhurnal.esia.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientSecretTest {

    private static final GostKeys.Credentials CLIENT = GostKeys.generate("client", Duration.ofDays(1));
    private static final GostKeys.Credentials OTHER = GostKeys.generate("other", Duration.ofDays(1));
    private static final String MESSAGE = ClientSecret.authorizationMessage("ZHURNAL", "openid fullname",
            "2026.11.22 17:40:05 +0000", "1b6c6a3e-4d6f-4e0a-9d1c-0f8b3b0c2a11", "http://localhost/cb");

    @ParameterizedTest
    @EnumSource(SignatureMode.class)
    void signatureVerifiesInItsOwnModeWithTheSignersCertificateOnly(SignatureMode mode) {
        String secret = ClientSecret.sign(MESSAGE, CLIENT.keyPair().getPrivate(), CLIENT.certificate(), mode);

        assertThat(ClientSecret.verify(MESSAGE, secret, CLIENT.certificate(), List.of(mode))).contains(mode);
        assertThat(ClientSecret.verify(MESSAGE, secret, CLIENT.certificate(), EnumSet.allOf(SignatureMode.class)))
                .contains(mode);
        assertThat(ClientSecret.verify(MESSAGE, secret, OTHER.certificate(), EnumSet.allOf(SignatureMode.class)))
                .isEmpty();
        assertThat(ClientSecret.verify(MESSAGE + "x", secret, CLIENT.certificate(), EnumSet.allOf(SignatureMode.class)))
                .isEmpty();
    }

    @Test
    void reversedModeIsTheRawSignatureBackwards() {
        PrivateKey key = CLIENT.keyPair().getPrivate();
        X509Certificate certificate = CLIENT.certificate();
        byte[] reversed = Base64.getUrlDecoder().decode(
                ClientSecret.sign(MESSAGE, key, certificate, SignatureMode.RAW_REVERSED));
        assertThat(reversed).hasSize(64);
        byte[] raw = ClientSecret.reversed(reversed);
        assertThat(ClientSecret.verifyRaw(MESSAGE.getBytes(), raw, certificate)).isTrue();
        assertThat(ClientSecret.verifyRaw(MESSAGE.getBytes(), reversed, certificate))
                .as("a reversed signature is not a raw one").isFalse();
        String asRaw = Base64.getUrlEncoder().encodeToString(raw);
        assertThat(ClientSecret.verify(MESSAGE, asRaw, certificate, List.of(SignatureMode.RAW_REVERSED))).isEmpty();
        assertThat(ClientSecret.verify(MESSAGE, asRaw, certificate, List.of(SignatureMode.RAW))).contains(SignatureMode.RAW);
    }

    @Test
    void tokenStepSignsTheCodeToo() {
        assertThat(ClientSecret.tokenMessage("A", "s", "t", "u", "r", "CODE")).isEqualTo("AsturCODE");
        String secret = ClientSecret.sign(ClientSecret.tokenMessage("A", "s", "t", "u", "r", "CODE"),
                CLIENT.keyPair().getPrivate(), CLIENT.certificate(), SignatureMode.CMS_DETACHED);
        assertThat(ClientSecret.verify(ClientSecret.authorizationMessage("A", "s", "t", "u", "r"), secret,
                CLIENT.certificate(), List.of(SignatureMode.CMS_DETACHED))).isEmpty();
    }

    @Test
    void unpaddedAndGarbageSecrets() {
        String padded = ClientSecret.sign(MESSAGE, CLIENT.keyPair().getPrivate(), CLIENT.certificate(), SignatureMode.RAW);
        assertThat(ClientSecret.verify(MESSAGE, padded.replace("=", ""), CLIENT.certificate(), List.of(SignatureMode.RAW)))
                .contains(SignatureMode.RAW);
        assertThat(ClientSecret.verify(MESSAGE, "not base64!", CLIENT.certificate(), EnumSet.allOf(SignatureMode.class)))
                .isEmpty();
    }

    @Test
    void privateKeyAndCertificateSurvivePem() {
        PrivateKey key = Pem.privateKey(CLIENT.privateKeyPem());
        X509Certificate certificate = Pem.certificates(CLIENT.certificatePem()).get(0);
        String secret = ClientSecret.sign(MESSAGE, key, certificate, SignatureMode.CMS_DETACHED);
        assertThat(ClientSecret.verify(MESSAGE, secret, CLIENT.certificate(), List.of(SignatureMode.CMS_DETACHED)))
                .isPresent();
    }

    @Test
    void timestampsRoundTripInEsiasFormat() {
        Instant at = Instant.parse("2026-11-22T17:40:05Z");
        String text = EsiaTimestamp.format(at, ZoneOffset.ofHours(3));
        assertThat(text).isEqualTo("2026.11.22 20:40:05 +0300");
        assertThat(EsiaTimestamp.parse(text)).contains(at);
        assertThat(EsiaTimestamp.parse("2026-11-22T17:40:05Z")).isEmpty();
    }
}
