package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.it.support.TimetableTestData;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.timetable.application.EntryChange;
import org.zhurnal.timetable.application.NewTimetableEntry;
import org.zhurnal.timetable.application.TimetableEntryView;
import org.zhurnal.timetable.application.TimetableService;
import org.zhurnal.timetable.domain.WeekKind;

/** The weekly timetable through the real services, EAR and PostgreSQL: clashes, generated lessons, access. */
@ExtendWith(ArquillianExtension.class)
class TimetableIT {

    private static final LocalDate START = LocalDate.parse("2026-09-01");

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(TimetableIT.class, TimetableTestData.class, ClassesTestData.class, RegionTestData.class,
                Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    TimetableService timetable;

    @Test
    void clashesOfTeachersRoomsAndClassesAreRefusedNamingThemWhileGroupsAndAlternateWeeksShareASlot() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        long maths5a = s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null);
        long maths5b = s.assignment(s.maths(), s.ivanova(), s.class5b(), null, null);
        long english1 = s.assignment(s.english(), s.petrov(), s.class5a(), s.group1(), null);
        long english2 = s.assignment(s.english(), s.ivanova(), s.class5a(), s.group2(), null);
        long sport = s.assignment(s.sport(), s.petrov(), null, null, s.stream());
        add(s, maths5a, 1, WeekKind.EVERY, 1, s.room101());

        assertThatThrownBy(() -> add(s, maths5b, 1, WeekKind.EVERY, 1, s.room102())).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Учитель Иванова М. П. в это время уже ведёт урок: «Математика");
        assertThatThrownBy(() -> add(s, english1, 1, WeekKind.EVERY, 1, s.room102()))
                .hasMessageStartingWith("Класс 5А в это время уже занят");
        assertThatThrownBy(() -> add(s, sport, 1, WeekKind.EVERY, 1, null)).hasMessageStartingWith("Класс 5А");

        add(s, english1, 1, WeekKind.EVERY, 2, s.room101());
        assertThatThrownBy(() -> add(s, english2, 1, WeekKind.EVERY, 2, s.room101()))
                .hasMessageStartingWith("Кабинет 101 уже занят: «Английский язык");
        add(s, english2, 1, WeekKind.EVERY, 2, s.room102());
        add(s, maths5b, 1, WeekKind.A, 3, s.room101());
        add(s, sport, 1, WeekKind.B, 3, null);
        assertThatThrownBy(() -> add(s, sport, 1, WeekKind.EVERY, 3, null)).hasMessageContaining("(неделя");

        List<TimetableEntryView> week = timetable.week(REGION_ADMIN, s.school(), s.class5a(), START).entries();
        assertThat(week).extracting(TimetableEntryView::slotNumber, TimetableEntryView::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, "Группа 1"), org.assertj.core.groups.Tuple.tuple(2, "Группа 2"),
                        org.assertj.core.groups.Tuple.tuple(3, null));
        assertThat(week.get(3).stream()).isEqualTo("Физкультура 5");
        assertThat(timetable.week(REGION_ADMIN, s.school(), s.class5a(), LocalDate.parse("2026-09-07")).week())
                .isEqualTo(WeekKind.B);
    }

    @Test
    void lessonsAreGeneratedOnWorkingDaysOfReportingPeriodsInTheirWeeksAndOnlyOnce() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        Db.update(db, "INSERT INTO non_working_day (academic_year_id, day, reason) VALUES (?, DATE '2026-09-09', 'Тест')",
                s.year());
        long maths = s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null);
        long sport = s.assignment(s.sport(), s.petrov(), null, null, s.stream());
        long wednesday = add(s, maths, 3, WeekKind.EVERY, 1, s.room101()).entry().id();
        long weekA = add(s, sport, 2, WeekKind.A, 2, null).entry().id();
        Db.update(db, "DELETE FROM lesson WHERE academic_year_id = ?", s.year());

        int created = timetable.generate(REGION_ADMIN, s.school(), s.year(), START, LocalDate.parse("2026-09-30"));

        assertThat(dates(wednesday)).containsExactly("2026-09-02", "2026-09-16", "2026-09-23", "2026-09-30");
        assertThat(dates(weekA)).containsExactly("2026-09-01", "2026-09-01", "2026-09-15", "2026-09-15",
                "2026-09-29", "2026-09-29");
        assertThat(created).isEqualTo(10);
        assertThat(Db.column(db, "SELECT DISTINCT school_year || ':' || starts_at || ':' || teacher_person_id "
                + "FROM lesson WHERE timetable_entry_id = ?", wednesday))
                .containsExactly("2026:08:00:00:" + s.ivanova());
        assertThat(timetable.generate(REGION_ADMIN, s.school(), s.year(), START, LocalDate.parse("2026-09-30")))
                .isZero();
        assertThat(timetable.generate(REGION_ADMIN, s.school(), s.year(), LocalDate.parse("2026-10-20"),
                LocalDate.parse("2026-11-10"))).as("no lessons in the holidays 25.10–04.11").isEqualTo(1 + 2);
    }

    @Test
    void endingAnEntryRemovesItsBlankLessonsFromThatDayAndKeepsThoseWithJournalData() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        long maths = s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null);
        long entry = add(s, maths, 1, WeekKind.EVERY, 4, null).entry().id();
        Db.update(db, "DELETE FROM lesson WHERE academic_year_id = ?", s.year());
        timetable.generate(REGION_ADMIN, s.school(), s.year(), START, LocalDate.parse("2026-10-24"));
        Db.update(db, "UPDATE lesson SET topic = 'Дроби' WHERE timetable_entry_id = ? AND lesson_date = DATE '2026-10-19'",
                entry);

        EntryChange change = timetable.end(REGION_ADMIN, s.school(), entry, LocalDate.parse("2026-10-05"));

        assertThat(change.lessonsRemoved()).isEqualTo(2);
        assertThat(change.kept()).extracting(k -> k.date().toString()).containsExactly("2026-10-19");
        assertThat(dates(entry)).endsWith("2026-09-28", "2026-10-19").doesNotContain("2026-10-05", "2026-10-12");
        assertThatThrownBy(() -> timetable.remove(REGION_ADMIN, s.school(), entry)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("завершите");
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'TIMETABLE_ENTRY' AND object_id = ? "
                + "ORDER BY id", String.valueOf(entry))).containsExactly("timetable.entry-added", "timetable.entry-ended");

        long mistake = add(s, maths, 2, WeekKind.EVERY, 4, null).entry().id();
        timetable.generate(REGION_ADMIN, s.school(), s.year(), START, LocalDate.parse("2026-09-30"));
        assertThat(timetable.remove(REGION_ADMIN, s.school(), mistake).lessonsRemoved()).isGreaterThanOrEqualTo(4);
        assertThat(Db.count(db, "SELECT count(*) FROM timetable_entry WHERE id = ?", mistake)).isZero();
    }

    @Test
    void theSchoolsTeachersReadTheTimetableOthersAreRefusedAndOnlyAdministratorsChangeIt() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        TimetableTestData other = TimetableTestData.create(db, schools, calendar);
        long maths = s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null);
        add(s, maths, 1, WeekKind.EVERY, 1, null);
        var ourTeacher = TEACHER.boundTo(s.petrov());
        var otherTeacher = TEACHER.boundTo(other.petrov());

        assertThat(timetable.week(ourTeacher, s.school(), s.class5a(), START).entries()).hasSize(1);
        assertThatThrownBy(() -> timetable.week(otherTeacher, s.school(), s.class5a(), START))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.week(TEACHER, s.school(), s.class5a(), START))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> add(s, ourTeacher, maths, 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timetable.generate(ourTeacher, s.school(), s.year(), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Db.count(db, "SELECT count(*) FROM timetable_entry WHERE school_id = ?", s.school())).isEqualTo(1);
    }

    private EntryChange add(TimetableTestData s, long assignment, int weekday, WeekKind kind, int slot, Long room) {
        return timetable.add(REGION_ADMIN, s.school(), new NewTimetableEntry(assignment, weekday, kind, s.bells(), slot,
                room, START, null));
    }

    private EntryChange add(TimetableTestData s, org.zhurnal.shared.security.Actor actor, long assignment, int weekday) {
        return timetable.add(actor, s.school(), new NewTimetableEntry(assignment, weekday, WeekKind.EVERY, s.bells(), 1,
                null, START, null));
    }

    private List<String> dates(long entry) {
        return Db.column(db, "SELECT lesson_date FROM lesson WHERE timetable_entry_id = ? ORDER BY lesson_date", entry);
    }
}
