package org.zhurnal.classes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.zhurnal.shared.error.BusinessException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;

class EnrolmentHistoryTest {

    private static final long PERSON = 42L;
    private static final Recording BY_ADMIN = new Recording(Instant.parse("2026-09-01T02:00:00Z"),
            "https://keycloak.test/realms/zhurnal", "admin", " № 45-у ");

    private final AcademicYear year = Fixtures.year(10);
    private final SchoolClass fiveA = Fixtures.schoolClass(1, year, 5, "А", "Английский 1", "Английский 2");
    private final SchoolClass fiveB = Fixtures.schoolClass(2, year, 5, "Б");
    private final long english1 = 101;
    private final long english2 = 102;

    @Test
    void anArrivalPutsTheStudentInTheClassFromThatDay() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        List<EnrolmentEvent> arrived = history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);

        assertThat(arrived).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ARRIVE);
            assertThat(e.schoolClassId()).isEqualTo(1L);
            assertThat(e.orderRef()).contains("№ 45-у");
        });
        assertThat(history.classOn(date("2026-08-31"))).isEmpty();
        assertThat(history.classOn(date("2026-09-01"))).contains(1L);
        assertThat(history.classOn(date("2027-05-31"))).contains(1L);
    }

    @Test
    void anArrivalMustFallInTheClassesYearAndTheStudentInNoOtherClass() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        assertThatThrownBy(() -> history.arrive(fiveA, year, date("2026-08-31"), BY_ADMIN))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("внутри учебного года класса 5А")
                .satisfies(e -> field(e, "arrivedOn"));
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        assertThatThrownBy(() -> history.arrive(fiveB, year, date("2026-09-10"), BY_ADMIN))
                .isInstanceOf(ConflictException.class).satisfies(e -> field(e, "classId"));
    }

    @Test
    void aTransferIsALeaveAndAnArrivalOnOneDayAndTakesTheStudentOutOfTheGroups() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        history.moveGroup(fiveA, year, null, english1, date("2026-09-01"), BY_ADMIN);

        List<EnrolmentEvent> transfer = history.transfer(fiveA, fiveB, year, date("2026-10-12"), BY_ADMIN);

        assertThat(transfer).extracting(EnrolmentEvent::kind).containsExactly(GROUP_LEAVE, TRANSFER, ARRIVE);
        assertThat(transfer).extracting(EnrolmentEvent::schoolClassId).containsExactly(1L, 1L, 2L);
        assertThat(history.classOn(date("2026-10-11"))).contains(1L);
        assertThat(history.groupsOn(date("2026-10-11"))).containsExactly(english1);
        assertThat(history.classOn(date("2026-10-12"))).contains(2L);
        assertThat(history.groupsOn(date("2026-10-12"))).isEmpty();
    }

    @Test
    void aTransferStaysInTheSchoolsYearAndGoesToAnotherClass() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        SchoolClass nextYears = Fixtures.schoolClass(3, Fixtures.year(11), 6, "А");

        assertThatThrownBy(() -> history.transfer(fiveA, fiveA, year, date("2026-10-12"), BY_ADMIN))
                .hasMessage("Обучающийся уже в классе 5А").satisfies(e -> field(e, "toClassId"));
        assertThatThrownBy(() -> history.transfer(fiveA, nextYears, year, date("2026-10-12"), BY_ADMIN))
                .hasMessageContaining("этого же учебного года").satisfies(e -> field(e, "toClassId"));
    }

    @Test
    void leavingTakesTheStudentOffTheListAndOutOfTheGroupsFromThatDay() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        history.moveGroup(fiveA, year, null, english2, date("2026-09-01"), BY_ADMIN);

        assertThat(history.leave(date("2027-02-01"), BY_ADMIN)).extracting(EnrolmentEvent::kind)
                .containsExactly(GROUP_LEAVE, LEAVE);
        assertThat(history.classOn(date("2027-01-31"))).contains(1L);
        assertThat(history.classOn(date("2027-02-01"))).isEmpty();
        assertThatThrownBy(() -> history.leave(date("2027-03-01"), BY_ADMIN))
                .hasMessage("На 01.03.2027 обучающийся не числится ни в одном классе школы")
                .satisfies(e -> field(e, "date"));
    }

    @Test
    void groupMovesHappenOnlyOnTheFirstDayOfAReportingPeriod() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        history.moveGroup(fiveA, year, null, english1, date("2026-09-01"), BY_ADMIN);

        assertThatThrownBy(() -> history.moveGroup(fiveA, year, english1, english2, date("2026-11-20"), BY_ADMIN))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("только с первого дня отчётного периода")
                .hasMessageContaining("Ближайшая такая дата — 12.01.2027 (предыдущая — 05.11.2026).")
                .satisfies(e -> field(e, "date"));
        assertThatThrownBy(() -> history.moveGroup(fiveA, year, english1, english2, date("2026-11-04"), BY_ADMIN))
                .as("the autumn holidays are in no period")
                .hasMessageContaining("Ближайшая такая дата — 05.11.2026 (предыдущая — 01.09.2026).");

        assertThat(history.moveGroup(fiveA, year, english1, english2, date("2027-01-12"), BY_ADMIN))
                .extracting(EnrolmentEvent::kind).containsExactly(GROUP_LEAVE, GROUP_JOIN);
        assertThat(history.groupsOn(date("2027-01-11"))).containsExactly(english1);
        assertThat(history.groupsOn(date("2027-01-12"))).containsExactly(english2);
    }

    @Test
    void aNewcomerJoinsAGroupOnTheDayOfArrivalButMovesOnlyAtAPeriodStart() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-11-18"), BY_ADMIN);

        history.moveGroup(fiveA, year, null, english2, date("2026-11-18"), BY_ADMIN);
        assertThat(history.groupsOn(date("2026-11-18"))).containsExactly(english2);
        assertThatThrownBy(() -> history.moveGroup(fiveA, year, null, english1, date("2026-11-19"), BY_ADMIN))
                .satisfies(e -> field(e, "date"));
    }

    @Test
    void groupsMustBeTheClassesAndMembershipMustFit() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-09-01"), BY_ADMIN);
        history.moveGroup(fiveA, year, null, english1, date("2026-09-01"), BY_ADMIN);

        assertThatThrownBy(() -> history.moveGroup(fiveA, year, english2, english1, date("2026-11-05"), BY_ADMIN))
                .hasMessage("Обучающийся не состоит в группе «Английский 2»").satisfies(e -> field(e, "fromGroupId"));
        assertThatThrownBy(() -> history.moveGroup(fiveA, year, null, english1, date("2026-11-05"), BY_ADMIN))
                .hasMessage("Обучающийся уже в группе «Английский 1»").satisfies(e -> field(e, "toGroupId"));
        assertThatThrownBy(() -> history.moveGroup(fiveA, year, english1, 999L, date("2026-11-05"), BY_ADMIN))
                .hasMessage("Группа не найдена в классе 5А").satisfies(e -> field(e, "toGroupId"));
        assertThatThrownBy(() -> history.moveGroup(fiveA, year, null, null, date("2026-11-05"), BY_ADMIN))
                .satisfies(e -> field(e, "toGroupId"));
    }

    @Test
    void movementsAreRecordedInDateOrder() {
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of());
        history.arrive(fiveA, year, date("2026-10-01"), BY_ADMIN);
        assertThatThrownBy(() -> history.leave(date("2026-09-30"), BY_ADMIN))
                .hasMessageContaining("раньше последнего движения обучающегося (01.10.2026)")
                .satisfies(e -> field(e, "date"));
    }

    @Test
    void storedEventsAreReadInDateThenWritingOrder() {
        EnrolmentEvent arrivedA = Fixtures.withId(new EnrolmentEvent(PERSON, ARRIVE, 1L, null, date("2026-09-01"), BY_ADMIN), 5);
        EnrolmentEvent leftA = Fixtures.withId(new EnrolmentEvent(PERSON, TRANSFER, 1L, null, date("2026-10-12"), BY_ADMIN), 8);
        EnrolmentEvent arrivedB = Fixtures.withId(new EnrolmentEvent(PERSON, ARRIVE, 2L, null, date("2026-10-12"), BY_ADMIN), 9);
        EnrolmentHistory history = EnrolmentHistory.of(PERSON, List.of(arrivedB, leftA, arrivedA));

        assertThat(history.events()).containsExactly(arrivedA, leftA, arrivedB);
        assertThat(history.classOn(date("2026-10-12"))).contains(2L);
    }

    private static void field(Throwable refusal, String field) {
        assertThat(((BusinessException) refusal).field()).contains(field);
    }
}
