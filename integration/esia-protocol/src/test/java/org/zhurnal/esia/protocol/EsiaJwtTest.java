package org.zhurnal.esia.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EsiaJwtTest {

    private static final GostKeys.Credentials ESIA = GostKeys.generate("esia", Duration.ofDays(1));
    private static final GostKeys.Credentials OTHER = GostKeys.generate("other", Duration.ofDays(1));
    private static final Pattern FIELD = Pattern.compile("\"([^\"]+)\":\"?([^\",}]*)\"?");
    /** Enough JSON for flat test objects. */
    private static final Function<String, Map<String, Object>> JSON = text -> {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        Matcher m = FIELD.matcher(text);
        while (m.find()) {
            map.put(m.group(1), m.group(2));
        }
        return map;
    };

    @Test
    void gostTokenVerifiesWithTheRightCertificateAndOrder() {
        for (SignatureMode order : List.of(SignatureMode.RAW, SignatureMode.RAW_REVERSED)) {
            String token = EsiaJwt.signGost("{\"alg\":\"GOST3410_2012_256\",\"typ\":\"JWT\"}",
                    "{\"urn:esia:sbj_id\":1000003}", ESIA.keyPair().getPrivate(), order);
            assertThat(EsiaJwt.verify(token, List.of(OTHER.certificate(), ESIA.certificate()), order, JSON))
                    .hasValueSatisfying(v -> assertThat(v.claims()).containsEntry("urn:esia:sbj_id", "1000003"));
            assertThat(EsiaJwt.verify(token, List.of(OTHER.certificate()), order, JSON)).isEmpty();
            SignatureMode wrongOrder = order == SignatureMode.RAW ? SignatureMode.RAW_REVERSED : SignatureMode.RAW;
            assertThat(EsiaJwt.verify(token, List.of(ESIA.certificate()), wrongOrder, JSON)).isEmpty();
        }
    }

    @Test
    void tamperedAndUnsignedTokensAreRefused() {
        String token = EsiaJwt.signGost("{\"alg\":\"GOST3410_2012_256\"}", "{\"urn:esia:sbj_id\":1}",
                ESIA.keyPair().getPrivate(), SignatureMode.RAW);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + b64("{\"urn:esia:sbj_id\":2}") + "." + parts[2];
        assertThat(EsiaJwt.verify(forged, List.of(ESIA.certificate()), SignatureMode.RAW, JSON)).isEmpty();
        String none = b64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        assertThat(EsiaJwt.verify(none, List.of(ESIA.certificate()), SignatureMode.RAW, JSON)).isEmpty();
        assertThat(EsiaJwt.verify("a.b", List.of(ESIA.certificate()), SignatureMode.RAW, JSON)).isEmpty();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
