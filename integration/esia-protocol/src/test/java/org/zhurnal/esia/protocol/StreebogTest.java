package org.zhurnal.esia.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Known answers from GOST R 34.11-2012 (appendix A, examples 1 and 2, 256-bit results). */
class StreebogTest {

    @Test
    void firstExampleOfTheStandard() {
        byte[] m1 = "012345678901234567890123456789012345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
        assertThat(HexFormat.of().formatHex(Streebog.hash256(m1)))
                .isEqualTo("9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500");
    }

    @Test
    void secondExampleOfTheStandard() {
        // «Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы» in windows-1251
        byte[] m2 = HexFormat.of().parseHex("d1e520e2e5f2f0e82c20d1f2f0e8e1eee6e820e2edf3f6e82c20e2e5fef2fa20f120"
                + "eceef0ff20f1f2f0e5ebe0ece820ede020f5f0e0e1f0fbff20efebfaeafb20c8e3eef0e5e2fb");
        assertThat(HexFormat.of().formatHex(Streebog.hash256(m2)))
                .isEqualTo("9dd2fe4e90409e5da87f53976d7405b0c0cac628fc669a741d50063c557e8f50");
    }

    @Test
    void certificateHashIsStreebogOfTheDerInUpperCaseHex() throws Exception {
        GostKeys.Credentials client = GostKeys.generate("test client", Duration.ofDays(1));
        String hash = Streebog.certificateHash(client.certificate());
        assertThat(hash).matches("[0-9A-F]{64}")
                .isEqualTo(HexFormat.of().withUpperCase().formatHex(Streebog.hash256(client.certificate().getEncoded())));
        assertThat(Streebog.certificateHash(Pem.certificates(client.certificatePem()).get(0))).isEqualTo(hash);
    }
}
