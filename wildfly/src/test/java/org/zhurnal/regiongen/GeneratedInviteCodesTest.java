package org.zhurnal.regiongen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhurnal.identity.domain.InviteCodeFormat;
import org.zhurnal.people.persistence.PiiCipher;

/** Open invite codes: stored only as the application's keyed hash, redeemable with the samples printed. */
class GeneratedInviteCodesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void aSampleCodeHashesUnderTheKeyAsTheApplicationLooksItUp() {
        GeneratedSchool school = GeneratedSchool.of(5, AS_OF, GeneratedSchool.TEST_KEY, 3);
        List<String[]> codes = GeneratedSchool.rows(school.tables().inviteCode);
        Set<String> stored = codes.stream().map(c -> c[1]).collect(Collectors.toSet());
        PiiCipher cipher = PiiCipher.fromBase64(GeneratedSchool.TEST_KEY);
        assertThat(school.samples()).hasSize(3);
        for (OpenInvitations.Sample sample : school.samples()) {
            assertThat(sample.code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            // as Invitations.redeem: normalised as typed, hashed for the purpose "identity.invite-code"
            String typed = sample.code().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
            byte[] lookup = cipher.lookupHash(InviteCodeFormat.normalise(typed).orElseThrow(), "identity.invite-code");
            assertThat(stored).contains("\\\\x" + HexFormat.of().formatHex(lookup));
            assertThat(sample.expiresAt()).isAfter(AS_OF.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        String everything = school.tables().inForeignKeyOrder().stream().map(CopyTable::pending)
                .collect(Collectors.joining());
        for (OpenInvitations.Sample sample : school.samples()) {
            assertThat(everything).doesNotContain(sample.code()).doesNotContain(sample.code().replace("-", ""));
        }
    }

    @Test
    void someParentsAndOlderStudentsHaveAnOpenCodeForTheirOwnCard() {
        RegionTables tables = GeneratedSchool.of(5, AS_OF, GeneratedSchool.TEST_KEY, 0).tables();
        List<String[]> codes = GeneratedSchool.rows(tables.inviteCode);
        Set<String> motherOf = GeneratedSchool.rows(tables.guardianship).stream().filter(g -> g[3].equals("MOTHER"))
                .map(g -> g[2] + "/" + g[1]).collect(Collectors.toSet());
        assertThat(codes.stream().filter(c -> c[5].equals("PARENT")).count()).isBetween(825L / 10, 825L / 5);
        assertThat(codes.stream().filter(c -> c[5].equals("STUDENT")).count()).isBetween(5L, 60L);
        for (String[] code : codes) {
            if (code[5].equals("STUDENT")) {
                assertThat(code[4]).isEqualTo(code[3]);
            } else {
                assertThat(motherOf).contains(code[4] + "/" + code[3]);
            }
            OffsetDateTime issued = OffsetDateTime.parse(code[6]);
            assertThat(Duration.between(issued, OffsetDateTime.parse(code[9]))).isEqualTo(Duration.ofDays(14));
            assertThat(issued.toLocalDate()).isBetween(AS_OF.minusDays(7), AS_OF);
        }
        assertThat(codes.stream().map(c -> c[1]).distinct().count()).isEqualTo(codes.size());
    }

    @Test
    void withoutAKeyNoCodesAreWrittenAndNoneArePrinted() {
        GeneratedSchool school = GeneratedSchool.of(5, AS_OF, null, 3);
        assertThat(school.tables().inviteCode.rows()).isZero();
        assertThat(school.samples()).isEmpty();
    }

    @Test
    void theKeyIsAnOptionNeverPrintedAndChecked() {
        GeneratorSettings settings = GeneratorSettings.parse(new String[] {"--pii-key", GeneratedSchool.TEST_KEY,
                "--sample-codes", "5", "--password", "secret"});
        assertThat(settings.invitesWritten()).isTrue();
        assertThat(settings.sampleCodes()).isEqualTo(5);
        assertThat(settings.withDatabase("jdbc:postgresql://localhost/x", "u", "p").piiKey())
                .isEqualTo(GeneratedSchool.TEST_KEY);
        assertThat(new GeneratorSettings(RegionSize.SMALL, 1, "jdbc:none", "", "", AS_OF, "24", true)
                .withPiiKey(GeneratedSchool.TEST_KEY).invitesWritten()).isTrue();
        assertThat(settings.toString()).doesNotContain(GeneratedSchool.TEST_KEY).doesNotContain("secret");
        assertThatThrownBy(() -> GeneratorSettings.parse(new String[] {"--pii-key", "c2hvcnQ="}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> GeneratorSettings.parse(new String[] {"--sample-codes", "500"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherKeyOrSeedGivesOtherHashes() {
        String otherKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String first = GeneratedSchool.of(5, AS_OF, GeneratedSchool.TEST_KEY, 0).tables().inviteCode.pending();
        assertThat(GeneratedSchool.of(5, AS_OF, otherKey, 0).tables().inviteCode.pending()).isNotEqualTo(first);
        assertThat(GeneratedSchool.of(6, AS_OF, GeneratedSchool.TEST_KEY, 0).tables().inviteCode.pending())
                .isNotEqualTo(first);
    }
}
