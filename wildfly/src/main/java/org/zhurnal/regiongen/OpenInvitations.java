package org.zhurnal.regiongen;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.zhurnal.identity.application.Invitations;
import org.zhurnal.identity.domain.InviteCode;
import org.zhurnal.identity.domain.InviteCodeFormat;
import org.zhurnal.people.persistence.PiiCipher;

/**
 * Open invite codes (V24) that class teachers handed out in the last days before {@code as-of}: for about
 * one family in seven the mother's (PARENT), and for about one student in ten from grade 7 on their own
 * (STUDENT). Stored as the application stores them: only the keyed hash of the normalised code, under the
 * personal-data key of the stack that is to accept them ({@link PiiCipher#lookupHash} with
 * {@link Invitations#PURPOSE}, as {@code KeyedSnilsProtector} does). The codes come from a generator seeded
 * by the school (same seed, same codes); a few are kept in clear as samples, none is written.
 */
final class OpenInvitations {

    /** A code in clear, for whoever is to redeem it. */
    record Sample(String code, String purpose, long personId, long studentPersonId, OffsetDateTime expiresAt) {
    }

    /** A class's students and their mothers, and who hands out its codes. */
    record ClassFamilies(int grade, long classTeacher, List<Long> students, List<Long> mothers) {
    }

    private final PiiCipher cipher;
    private final SplittableRandom random;
    private final SecureRandom codes;
    private final int samplesWanted;
    private final List<Sample> samples = new ArrayList<>();

    OpenInvitations(String piiKey, long seed, int samplesWanted) {
        this.cipher = PiiCipher.fromBase64(piiKey);
        this.random = new SplittableRandom(seed);
        this.codes = seeded(seed);
        this.samplesWanted = samplesWanted;
    }

    void write(RegionTables tables, IdSequences ids, long schoolId, List<ClassFamilies> classes, LocalDate asOf,
               ZoneId zone) {
        for (ClassFamilies family : classes) {
            for (int s = 0; s < family.students().size(); s++) {
                long student = family.students().get(s);
                if (random.nextInt(7) == 0) {
                    issue(tables, ids, schoolId, family, student, family.mothers().get(s), "PARENT", asOf, zone);
                }
                if (family.grade() >= 7 && random.nextInt(10) == 0) {
                    issue(tables, ids, schoolId, family, student, student, "STUDENT", asOf, zone);
                }
            }
        }
    }

    List<Sample> samples() {
        return samples;
    }

    private void issue(RegionTables tables, IdSequences ids, long schoolId, ClassFamilies family, long student,
                       long person, String purpose, LocalDate asOf, ZoneId zone) {
        String code = InviteCodeFormat.generate(codes);
        byte[] hash = cipher.lookupHash(InviteCodeFormat.normalise(code).orElseThrow(), Invitations.PURPOSE);
        OffsetDateTime issued = asOf.minusDays(random.nextInt(7)).atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
        OffsetDateTime expires = issued.plus(InviteCode.VALIDITY);
        tables.inviteCode.row(ids.next("invite_code"), hex(hash), schoolId, student, person, purpose, issued,
                SchoolGenerator.ISSUER, "teacher-" + family.classTeacher(), expires);
        if (samples.size() < samplesWanted) {
            samples.add(new Sample(code, purpose, person, student, expires));
        }
    }

    /** A bytea in COPY text format: {@code \\x} and hex (the backslash itself escaped by {@link CopyTable}). */
    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(2 + bytes.length * 2).append("\\x");
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    /** SHA1PRNG seeded before its first use yields the same sequence for the same seed (JDK's SUN provider). */
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG", "SUN");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException | java.security.NoSuchProviderException e) {
            throw new IllegalStateException("SHA1PRNG is missing", e);
        }
    }
}
