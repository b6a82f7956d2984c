package org.zhurnal.classes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.ARRIVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_JOIN;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.TRANSFER;
import static org.zhurnal.classes.domain.Fixtures.date;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.shared.error.ConflictException;

class YearEndMovesTest {

    private static final long PERSON = 42L;
    private static final Recording BY_ORDER = new Recording(Instant.parse("2027-05-31T02:00:00Z"),
            "https://keycloak.test/realms/zhurnal", "admin", "№ 52-о");

    private final AcademicYear year = Fixtures.year(10);
    private final SchoolClass fiveA = Fixtures.schoolClass(1, year, 5, "А", "Английский 1", "Английский 2");
    private final SchoolClass sixA = Fixtures.schoolClass(2, Fixtures.year(11), 6, "А", "Английский 2");

    @Test
    void aPromotionEndsTheClassAndItsGroupsAfterTheLastDayAndStartsTheNextOnItsFirstDayInTheSameNamedGroup() {
        EnrolmentHistory history = inEnglish(102);

        List<EnrolmentEvent> moved = YearEndMoves.promote(PERSON, history, fiveA, date("2027-05-31"), sixA,
                date("2027-09-01"), true, BY_ORDER);

        assertThat(moved).extracting(EnrolmentEvent::kind, EnrolmentEvent::schoolClassId, e -> e.classGroupId().orElse(null),
                        e -> e.effectiveOn().toString())
                .containsExactly(tuple(GROUP_LEAVE, 1L, 102L, "2027-06-01"), tuple(TRANSFER, 1L, null, "2027-06-01"),
                        tuple(ARRIVE, 2L, null, "2027-09-01"), tuple(GROUP_JOIN, 2L, 201L, "2027-09-01"));
        assertThat(moved).allSatisfy(e -> assertThat(e.orderRef()).contains("№ 52-о"));
    }

    @Test
    void withoutGroupsOrWithoutASameNamedGroupTheStudentJoinsNone() {
        assertThat(YearEndMoves.promote(PERSON, inEnglish(102), fiveA, date("2027-05-31"), sixA, date("2027-09-01"),
                false, BY_ORDER)).extracting(EnrolmentEvent::kind).containsExactly(GROUP_LEAVE, TRANSFER, ARRIVE);
        assertThat(YearEndMoves.promote(PERSON, inEnglish(101), fiveA, date("2027-05-31"), sixA, date("2027-09-01"),
                true, BY_ORDER)).extracting(EnrolmentEvent::kind).containsExactly(GROUP_LEAVE, TRANSFER, ARRIVE);
    }

    @Test
    void aGraduateLeavesTheSchoolAndAStudentWhoMovedAfterTheYearIsRefused() {
        assertThat(YearEndMoves.leave(PERSON, inEnglish(101), fiveA, date("2027-05-31"), BY_ORDER))
                .extracting(EnrolmentEvent::kind).containsExactly(GROUP_LEAVE, LEAVE);

        EnrolmentHistory left = inEnglish(101);
        left.leave(date("2027-06-10"), BY_ORDER);
        assertThatThrownBy(() -> YearEndMoves.leave(PERSON, left, fiveA, date("2027-05-31"), BY_ORDER))
                .isInstanceOf(ConflictException.class).hasMessageContaining("после окончания учебного года");
    }

    private EnrolmentHistory inEnglish(long group) {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ORDER);
        history.moveGroup(fiveA, year, null, group, date("2026-09-01"), BY_ORDER);
        return history;
    }
}
