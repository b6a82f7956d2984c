package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
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
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.timetable.application.NewTimetableEntry;
import org.zhurnal.timetable.application.SubstitutionService;
import org.zhurnal.timetable.application.SubstitutionView;
import org.zhurnal.timetable.application.TimetableService;
import org.zhurnal.timetable.domain.WeekKind;

/** Substitutions of single lessons: teacher, room, move and cancel, with clashes, version, log, audit, access. */
@ExtendWith(ArquillianExtension.class)
class SubstitutionsIT {

    private static final LocalDate START = LocalDate.parse("2026-09-01");
    private static final LocalDate MONDAY = LocalDate.parse("2026-09-14");

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(SubstitutionsIT.class, TimetableTestData.class, ClassesTestData.class,
                RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    TimetableService timetable;

    @Inject
    SubstitutionService substitutions;

    @Test
    void aSubstituteTakesTheLessonUnlessBusyAndTheChangeIsVersionedLoggedAndAudited() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        long maths = lessonSetUp(s, s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null), 1, s.room101(), 1, 2);
        lessonSetUp(s, s.assignment(s.english(), s.petrov(), s.class5b(), null, null), 1, s.room102(), 1);
        long lesson = lessonOn(maths, MONDAY);

        assertThatThrownBy(() -> substitutions.changeTeacher(REGION_ADMIN, s.school(), lesson, s.petrov(), "Болезнь"))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("Учитель Петров С. Н. в это время уже ведёт урок: «Английский язык");
        long lessonOnTuesday = lessonOn(maths, MONDAY.plusDays(1));
        substitutions.changeTeacher(REGION_ADMIN, s.school(), lessonOnTuesday, s.petrov(), "Болезнь");

        assertThat(Db.column(db, "SELECT substitute_person_id || ':' || version || ':' || change_note FROM lesson "
                + "WHERE id = ?", lessonOnTuesday)).containsExactly(s.petrov() + ":1:Замена: Петров С. Н. (Болезнь)");
        assertThat(substitutions.ofDay(REGION_ADMIN, s.school(), MONDAY.plusDays(1)))
                .extracting(SubstitutionView::kind, SubstitutionView::substitute, SubstitutionView::className)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TEACHER", "Петров С. Н.", "5А"));
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'LESSON' AND object_id = ?",
                String.valueOf(lessonOnTuesday))).containsExactly("lesson.teacher-changed");
    }

    @Test
    void aMoveAndARoomChangeAreCheckedForClashesAndACancelledLessonStaysCancelled() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        long maths = lessonSetUp(s, s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null), 1, s.room101(), 1, 2);
        lessonSetUp(s, s.assignment(s.english(), s.petrov(), s.class5b(), null, null), 1, s.room102(), 1);
        long lesson = lessonOn(maths, MONDAY);

        assertThatThrownBy(() -> substitutions.changeRoom(REGION_ADMIN, s.school(), lesson, s.room102(), null))
                .hasMessageStartingWith("Кабинет 102 уже занят");
        assertThatThrownBy(() -> substitutions.move(REGION_ADMIN, s.school(), lesson, MONDAY.plusDays(5), null, 3, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> substitutions.move(REGION_ADMIN, s.school(), lesson, MONDAY.plusDays(1), null, 1, null))
                .as("the same class's own lesson on Tuesday").hasMessageStartingWith("Учитель Иванова М. П.");
        substitutions.move(REGION_ADMIN, s.school(), lesson, MONDAY.plusDays(3), null, 5, "Экскурсия");

        assertThat(Db.column(db, "SELECT lesson_date || ' ' || slot_number || ' ' || starts_at FROM lesson WHERE id = ?",
                lesson)).containsExactly("2026-09-17 5 11:40:00");
        timetable.generate(REGION_ADMIN, s.school(), s.year(), MONDAY, MONDAY);
        assertThat(Db.count(db, "SELECT count(*) FROM lesson WHERE timetable_entry_id = ? AND lesson_date = ?", maths,
                MONDAY)).as("a moved lesson is not made again at its old place").isZero();

        substitutions.cancel(REGION_ADMIN, s.school(), lesson, "Карантин");
        assertThatThrownBy(() -> substitutions.changeRoom(REGION_ADMIN, s.school(), lesson, s.room102(), null))
                .isInstanceOf(ConflictException.class).hasMessage("Урок отменён: его нельзя изменить");
        assertThat(substitutions.ofDay(REGION_ADMIN, s.school(), MONDAY)).extracting(SubstitutionView::kind)
                .containsExactly("MOVE");
        assertThat(substitutions.ofDay(REGION_ADMIN, s.school(), MONDAY.plusDays(3))).extracting(SubstitutionView::kind)
                .containsExactlyInAnyOrder("MOVE", "CANCEL");
    }

    @Test
    void onlyAdministratorsSubstituteAndTeachersOfOtherSchoolsSeeNothing() {
        TimetableTestData s = TimetableTestData.create(db, schools, calendar);
        TimetableTestData other = TimetableTestData.create(db, schools, calendar);
        long maths = lessonSetUp(s, s.assignment(s.maths(), s.ivanova(), s.class5a(), null, null), 1, null, 1);
        long lesson = lessonOn(maths, MONDAY);

        assertThatThrownBy(() -> substitutions.cancel(TEACHER.boundTo(s.ivanova()), s.school(), lesson, "Болезнь"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> substitutions.ofDay(TEACHER.boundTo(other.ivanova()), s.school(), MONDAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(substitutions.ofDay(TEACHER.boundTo(s.ivanova()), s.school(), MONDAY)).isEmpty();
        assertThat(Db.column(db, "SELECT state FROM lesson WHERE id = ?", lesson)).containsExactly("SCHEDULED");
    }

    /** Entries of the assignment in the slot on the weekdays, with their September lessons; returns the first entry. */
    private long lessonSetUp(TimetableTestData s, long assignment, int slot, Long room, int... weekdays) {
        long first = 0;
        for (int weekday : weekdays) {
            long entry = timetable.add(REGION_ADMIN, s.school(), new NewTimetableEntry(assignment, weekday,
                    WeekKind.EVERY, s.bells(), slot, room, START, null)).entry().id();
            first = first == 0 ? entry : first;
        }
        timetable.generate(REGION_ADMIN, s.school(), s.year(), START, LocalDate.parse("2026-09-30"));
        return first;
    }

    /** The lesson of the entry on the day, or of the assignment's other entry (Tuesday). */
    private long lessonOn(long entry, LocalDate day) {
        return Db.count(db, "SELECT l.id FROM lesson l JOIN timetable_entry e ON e.id = l.timetable_entry_id "
                + "WHERE e.teaching_assignment_id = (SELECT teaching_assignment_id FROM timetable_entry WHERE id = ?) "
                + "AND l.lesson_date = ?", entry, day);
    }
}
