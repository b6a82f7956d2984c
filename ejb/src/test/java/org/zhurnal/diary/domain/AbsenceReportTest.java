package org.zhurnal.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;
import org.zhurnal.shared.security.Role;

class AbsenceReportTest {

    private static final Actor PARENT = new Actor("iss", "parent", new PersonName("П", "С", null), Set.of(Role.PARENT), 7L);
    private static final Actor TEACHER = new Actor("iss", "teacher", new PersonName("И", "М", null),
            Set.of(Role.CLASS_TEACHER), 8L);
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void datesAreAnOrderedRangeOfAtMostAMonthAndAReasonIsNeeded() {
        assertField(() -> file("2026-11-25", "2026-11-24", AbsenceReason.ILLNESS, null), "to");
        assertField(() -> file("2026-11-01", "2026-12-02", AbsenceReason.ILLNESS, null), "to");
        assertField(() -> file(null, "2026-11-24", AbsenceReason.ILLNESS, null), "from");
        assertField(() -> file("2026-11-24", "2026-11-24", null, null), "reason");
        assertField(() -> file("2026-11-24", "2026-11-24", AbsenceReason.OTHER, "x".repeat(501)), "comment");
        AbsenceReport month = file("2026-11-01", "2026-12-01", AbsenceReason.FAMILY, "  поездка ");
        assertThat(month.comment()).isEqualTo("поездка");
        assertThat(month.decision()).isNull();
    }

    @Test
    void aDecisionIsMadeOnceAndAnAcceptanceNamesБOrУ() {
        AbsenceReport report = file("2026-11-24", "2026-11-25", AbsenceReason.ILLNESS, "");
        assertField(() -> report.accept("ABSENT", TEACHER, NOW), "code");
        report.accept("ILL", TEACHER, NOW);
        assertThat(report.decision()).isEqualTo(AbsenceDecision.ACCEPTED);
        assertThat(report.decidedCode()).isEqualTo("ILL");
        assertThatThrownBy(() -> report.reject(TEACHER, NOW)).isInstanceOf(ConflictException.class);

        AbsenceReport rejected = file("2026-11-24", "2026-11-24", AbsenceReason.OTHER, null);
        rejected.reject(TEACHER, NOW);
        assertThat(rejected.decidedCode()).isNull();
        assertThatThrownBy(() -> rejected.accept("EXCUSED", TEACHER, NOW)).isInstanceOf(ConflictException.class);
    }

    private static AbsenceReport file(String from, String to, AbsenceReason reason, String comment) {
        return AbsenceReport.file(1, 2, from == null ? null : LocalDate.parse(from), LocalDate.parse(to), reason, comment,
                PARENT, NOW);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((BusinessException) e).field()).contains(field));
    }
}
