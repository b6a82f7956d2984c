package org.zhurnal.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhurnal.it.support.ClassesTestData.day;
import static org.zhurnal.it.support.RegionTestData.REGION_ADMIN;
import static org.zhurnal.it.support.RegionTestData.TEACHER;
import static org.zhurnal.it.support.RegionTestData.hasField;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.calendar.application.SchoolCalendarService;
import org.zhurnal.classes.application.ClassItem;
import org.zhurnal.classes.application.GroupItem;
import org.zhurnal.classes.application.NewClass;
import org.zhurnal.classes.application.NewMovement;
import org.zhurnal.classes.application.NewStudent;
import org.zhurnal.classes.application.PersonItem;
import org.zhurnal.classes.application.SchoolClassService;
import org.zhurnal.classes.application.StudentService;
import org.zhurnal.it.support.ClassesTestData;
import org.zhurnal.it.support.Db;
import org.zhurnal.it.support.RealEar;
import org.zhurnal.it.support.RegionTestData;
import org.zhurnal.journal.application.FinalMarkService;
import org.zhurnal.journal.domain.FinalMarkDecision;
import org.zhurnal.movements.application.MovementHistory;
import org.zhurnal.movements.application.MovementHistoryService;
import org.zhurnal.people.application.PersonCardInput;
import org.zhurnal.people.domain.Sex;
import org.zhurnal.school.application.SchoolService;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.yearend.application.RolloverCarryOvers;
import org.zhurnal.yearend.application.RolloverInput;
import org.zhurnal.yearend.application.RolloverInput.ClassChange;
import org.zhurnal.yearend.application.RolloverPreview;
import org.zhurnal.yearend.application.RolloverResult;
import org.zhurnal.yearend.application.RolloverService;
import org.zhurnal.yearend.application.YearCloseService;
import org.zhurnal.yearend.application.YearCloseStatus;
import org.zhurnal.yearend.application.YearEndReads.Blocker;
import org.zhurnal.yearend.domain.YearEndDecision;

/** Closing a year (blockers, read-only journal, audit), year-end decisions, the rollover, movement history. */
@ExtendWith(ArquillianExtension.class)
class YearEndIT {

    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.withTests(YearEndIT.class, ClassesTestData.class, RegionTestData.class, Db.class);
    }

    @Resource(lookup = "java:jboss/datasources/ZhurnalDS")
    DataSource db;

    @Inject
    SchoolService schools;

    @Inject
    SchoolCalendarService calendar;

    @Inject
    SchoolClassService classes;

    @Inject
    StudentService students;

    @Inject
    FinalMarkService finals;

    @Inject
    YearCloseService closing;

    @Inject
    RolloverService rollover;

    @Inject
    MovementHistoryService movements;

    @Inject
    AuditLog audit;

    @Test
    void aYearClosesOnlyWithEveryYearMarkConfirmedAndIsThenReadOnly() {
        School s = school();
        Actor admin = s.data.journalAdmin(db);

        YearCloseStatus open = closing.status(admin, s.data.school(), s.data.year());
        assertThat(open.closed()).isFalse();
        assertThat(open.blockers()).extracting(Blocker::className, Blocker::students, Blocker::missing)
                .containsExactly(tuple("5А", 2, 2));
        assertThat(open.blockers().get(0).subjectName()).startsWith("Математика");
        assertThatThrownBy(() -> closing.close(admin, s.data.school(), s.data.year()))
                .isInstanceOf(ConflictException.class).satisfies(e -> hasField(e, "year"))
                .hasMessageContaining("5А — Математика").hasMessageContaining("нет 2 из 2");
        assertThatThrownBy(() -> rollover.commit(admin, s.data.school(), s.data.year(), new RolloverInput(false, null, null)))
                .as("a year is rolled over once closed").isInstanceOf(ConflictException.class)
                .hasMessageContaining("Сначала закройте");

        yearMark(s, s.first, "CONFIRMED");
        yearMark(s, s.retained, "DRAFT");
        assertThat(closing.status(admin, s.data.school(), s.data.year()).blockers())
                .extracting(Blocker::missing).as("a draft is not enough").containsExactly(1);
        yearMark(s, s.retained, "CONFIRMED");

        YearCloseStatus closed = closing.close(admin, s.data.school(), s.data.year());

        assertThat(closed.closed()).isTrue();
        assertThat(closed.blockers()).isEmpty();
        assertThat(Db.count(db, "SELECT count(*) FROM reporting_period WHERE academic_year_id = ? AND closed_at IS NULL",
                s.data.year())).isZero();
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'ACADEMIC_YEAR' AND object_id = ?",
                String.valueOf(s.data.year()))).containsExactly("year.closed");
        assertThatThrownBy(() -> finals.decide(admin, s.fiveA.id(), s.math, null, s.first, 0,
                new FinalMarkDecision(5, false, "Пересдал", false)))
                .as("the journal refuses changes of a closed year").isInstanceOf(ConflictException.class)
                .hasMessageContaining("закрыт");
        assertThatThrownBy(() -> closing.close(admin, s.data.school(), s.data.year()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("уже закрыт");
        assertThatThrownBy(() -> closing.close(TEACHER, s.data.school(), s.data.year()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theRolloverPreviewsThenCreatesTheNextYearOnceAndMovesEveryStudent() {
        School s = school();
        yearMark(s, s.first, "CONFIRMED");
        yearMark(s, s.retained, "CONFIRMED");
        Actor admin = s.data.journalAdmin(db);
        rollover.decide(admin, s.data.school(), s.data.year(), s.retained, YearEndDecision.RETAINED, "№ 50-о");
        rollover.decide(admin, s.data.school(), s.data.year(), s.leaver, YearEndDecision.LEAVES, "№ 51-о");
        assertThatThrownBy(() -> rollover.decide(admin, s.data.school(), s.data.year(), s.teacher,
                YearEndDecision.RETAINED, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> hasField(e, "personId"));
        RolloverInput input = new RolloverInput(true, "№ 52-о от 31.05.2027",
                List.of(new ClassChange(s.nineA.id(), "б", false, null)));
        long classesBefore = Db.count(db, "SELECT count(*) FROM school_class WHERE school_id = ?", s.data.school());

        RolloverPreview preview = rollover.preview(admin, s.data.school(), s.data.year(), input);

        assertThat(preview.nextYear().label()).isEqualTo("2027/2028");
        assertThat(preview.nextYear().periods()).extracting(p -> p.startsOn().toString(), p -> p.endsOn().toString())
                .containsExactly(tuple("2027-09-01", "2027-10-24"), tuple("2027-11-05", "2027-12-28"),
                        tuple("2028-01-12", "2028-03-21"), tuple("2028-04-03", "2028-05-26"));
        assertThat(preview.classes()).extracting(RolloverPreview.NextClass::name, RolloverPreview.NextClass::fromClassName,
                        c -> c.classTeacher() == null ? null : c.classTeacher().personId(), RolloverPreview.NextClass::students,
                        RolloverPreview.NextClass::groups)
                .containsExactly(tuple("5А", null, null, 1, List.of("Английский")),
                        tuple("6А", "5А", s.teacher, 1, List.of("Английский")), tuple("10Б", "9А", null, 1, List.of()));
        assertThat(preview.graduates()).extracting(RolloverPreview.StudentWay::personId).containsExactly(s.graduate);
        assertThat(preview.retained()).extracting(RolloverPreview.StudentWay::toClassName).containsExactly("5А");
        assertThat(preview.leaving()).extracting(RolloverPreview.StudentWay::personId).containsExactly(s.leaver);
        assertThat(preview.promoted()).isEqualTo(2);
        assertThat(preview.curriculumLines()).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM school_class WHERE school_id = ?", s.data.school()))
                .as("a preview changes nothing").isEqualTo(classesBefore);

        closing.close(admin, s.data.school(), s.data.year());
        RolloverResult result = rollover.commit(admin, s.data.school(), s.data.year(), input);

        assertThat(result.alreadyDone()).isFalse();
        assertThat(result).extracting(RolloverResult::label, RolloverResult::classesCreated, RolloverResult::studentsMoved,
                RolloverResult::graduates).containsExactly("2027/2028", 3, 5, 1);
        List<ClassItem> next = classes.classes(REGION_ADMIN, s.data.school(), result.toYearId());
        assertThat(next).extracting(ClassItem::name).containsExactly("5А", "6А", "10Б");
        ClassItem sixA = next.get(1);
        assertThat(names(sixA, "2027-09-01")).containsExactly("Первов Артём Игоревич");
        assertThat(classes.roster(REGION_ADMIN, sixA.id(), day("2027-09-01")).groups())
                .extracting(GroupItem::name, g -> g.students().size()).containsExactly(tuple("Английский", 1));
        assertThat(names(next.get(0), "2027-09-01")).containsExactly("Второгодников Артём Игоревич");
        assertThat(names(next.get(2), "2027-09-01")).containsExactly("Девятов Артём Игоревич");
        assertThat(names(s.fiveA, "2027-05-31")).hasSize(2);
        assertThat(names(s.fiveA, "2027-06-01")).isEmpty();
        assertThat(names(s.elevenA, "2027-06-01")).isEmpty();
        assertThat(Db.column(db, "SELECT kind || '|' || effective_on || '|' || order_ref FROM enrolment_event "
                + "WHERE person_id = ? ORDER BY effective_on, id", s.graduate))
                .containsExactly("ARRIVE|2026-09-01|№ 1-у", "LEAVE|2027-06-01|№ 52-о от 31.05.2027");
        assertThat(Db.count(db, "SELECT count(*) FROM curriculum_item WHERE academic_year_id = ?", result.toYearId())).isEqualTo(1);
        assertThat(closing.status(admin, s.data.school(), s.data.year()).rollover().curriculumDraft()).isTrue();

        long eventsBefore = Db.count(db, "SELECT count(*) FROM enrolment_event");
        RolloverResult again = rollover.commit(admin, s.data.school(), s.data.year(), input);
        assertThat(again.alreadyDone()).isTrue();
        assertThat(again.toYearId()).isEqualTo(result.toYearId());
        assertThat(Db.count(db, "SELECT count(*) FROM enrolment_event")).isEqualTo(eventsBefore);
        assertThat(Db.count(db, "SELECT count(*) FROM academic_year WHERE school_id = ?", s.data.school())).isEqualTo(2);
        assertThatThrownBy(() -> rollover.decide(admin, s.data.school(), s.data.year(), s.first, YearEndDecision.LEAVES, null))
                .isInstanceOf(ConflictException.class);

        rollover.confirmCurriculum(admin, s.data.school(), result.toYearId());
        assertThat(closing.status(admin, s.data.school(), s.data.year()).rollover().curriculumDraft()).isFalse();
        assertThat(Db.column(db, "SELECT action FROM audit_event WHERE object_type = 'STUDENT' AND object_id = ? ORDER BY id",
                String.valueOf(s.first))).endsWith("student.moved-to-next-year");

        MovementHistory history = movements.history(admin, s.first);
        assertThat(history.displayName()).isEqualTo("Первов Артём Игоревич");
        assertThat(history.events()).extracting(MovementHistory.Entry::kind, MovementHistory.Entry::className,
                        e -> e.date().toString(), MovementHistory.Entry::groupName)
                .containsExactly(tuple("ARRIVE", "5А", "2026-09-01", null),
                        tuple("GROUP_JOIN", "5А", "2026-09-01", "Английский"),
                        tuple("GROUP_LEAVE", "5А", "2027-06-01", "Английский"), tuple("TRANSFER", "5А", "2027-06-01", null),
                        tuple("ARRIVE", "6А", "2027-09-01", null), tuple("GROUP_JOIN", "6А", "2027-09-01", "Английский"));
        assertThat(history.events().get(3).yearLabel()).isEqualTo("2026/2027");
        assertThatThrownBy(() -> movements.history(TEACHER, s.first)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theRolloverCopiesAssignmentsStreamsAndTheTimetableAsADraftOnce() {
        School s = school();
        yearMark(s, s.first, "CONFIRMED");
        yearMark(s, s.retained, "CONFIRMED");
        Actor admin = s.data.journalAdmin(db);
        long english = s.data.subject(db, "Английский язык", false);
        long project = s.data.subject(db, "Проектная деятельность", true);
        long departed = s.data.teacher(db, "Ушедшая", "Елена", "Викторовна");
        Db.update(db, "INSERT INTO curriculum_item (academic_year_id, grade, subject_id, hours_per_year) VALUES "
                + "(?, 6, ?, 170), (?, 6, ?, 102), (?, 6, ?, 34), (?, 10, ?, 34), (?, 10, ?, 136)", s.data.year(), s.math,
                s.data.year(), english, s.data.year(), project, s.data.year(), project, s.data.year(), s.math);
        long group = Long.parseLong(Db.column(db, "SELECT id FROM class_group WHERE school_class_id = ?", s.fiveA.id()).get(0));
        long stream = Long.parseLong(Db.column(db, "INSERT INTO stream (school_id, academic_year_id, name) "
                + "VALUES (?, ?, 'Проектный поток') RETURNING id", s.data.school(), s.data.year()).get(0));
        Db.update(db, "INSERT INTO stream_class (stream_id, school_class_id) VALUES (?, ?), (?, ?)", stream, s.fiveA.id(),
                stream, s.nineA.id());
        long math5 = Long.parseLong(Db.column(db, "SELECT id FROM teaching_assignment WHERE school_class_id = ?",
                s.fiveA.id()).get(0));
        long english5 = assignment(s, english, s.teacher, s.fiveA.id(), group, null);
        long project59 = assignment(s, project, s.teacher, null, null, stream);
        long math9 = assignment(s, s.math, departed, s.nineA.id(), null, null);
        long math11 = assignment(s, s.math, s.teacher, s.elevenA.id(), null, null);
        Db.update(db, "UPDATE staff_position SET valid_to = DATE '2027-05-31' WHERE person_id = ?", departed);
        long bells = Long.parseLong(Db.column(db, "INSERT INTO bell_schedule (school_id, name) VALUES (?, 'Основное') "
                + "RETURNING id", s.data.school()).get(0));
        Db.update(db, "INSERT INTO bell_slot (bell_schedule_id, number, starts_at, ends_at) VALUES (?, 1, '08:30', '09:15'), "
                + "(?, 2, '09:25', '10:10')", bells, bells);
        long building = Long.parseLong(Db.column(db, "INSERT INTO building (school_id, name) VALUES (?, 'Главный корпус') "
                + "RETURNING id", s.data.school()).get(0));
        long room = Long.parseLong(Db.column(db, "INSERT INTO room (school_id, building_id, name) VALUES (?, ?, '21') "
                + "RETURNING id", s.data.school(), building).get(0));
        entry(s, math5, 1, 1, bells, room);
        entry(s, english5, 2, 2, bells, null);
        entry(s, project59, 3, 1, bells, room);
        entry(s, math9, 1, 2, bells, room);
        entry(s, math11, 4, 1, bells, room);
        RolloverInput input = new RolloverInput(true, "№ 52-о", List.of(new ClassChange(s.nineA.id(), "б", false, null)));

        RolloverPreview.CarryOver preview = rollover.preview(admin, s.data.school(), s.data.year(), input).carryOver();

        assertThat(preview).extracting(RolloverPreview.CarryOver::streams, RolloverPreview.CarryOver::assignments,
                RolloverPreview.CarryOver::timetableEntries).containsExactly(1, 3, 3);
        assertThat(preview.skipped()).hasSize(2).anySatisfy(text -> assertThat(text).startsWith("Математика")
                        .contains("11А").contains("класс выпускается"))
                .anySatisfy(text -> assertThat(text).contains("9А (Ушедшая Елена Викторовна)")
                        .contains("учитель больше не работает в школе"));

        // Closed directly: the new assignments' year marks are not what this test is about (closing is tested above).
        Db.update(db, "UPDATE academic_year SET closed_at = now(), closed_by_issuer = 'it', closed_by_subject = 'it' "
                + "WHERE id = ?", s.data.year());
        RolloverResult result = rollover.commit(admin, s.data.school(), s.data.year(), input);

        assertThat(result).extracting(RolloverResult::streamsCopied, RolloverResult::assignmentsCopied,
                RolloverResult::timetableEntriesCopied).containsExactly(1, 3, 3);
        long next = result.toYearId();
        assertThat(Db.column(db, "SELECT s.name || ':' || string_agg(c.grade || c.letter, ',' ORDER BY c.grade) FROM stream s "
                + "JOIN stream_class sc ON sc.stream_id = s.id JOIN school_class c ON c.id = sc.school_class_id "
                + "WHERE s.academic_year_id = ? GROUP BY s.name", next)).containsExactly("Проектный поток:6А,10Б");
        assertThat(Db.column(db, "SELECT coalesce(c.grade || c.letter, 'поток') || '|' || coalesce(g.name, '-') || '|' "
                + "|| a.teacher_person_id || '|' || a.valid_from FROM teaching_assignment a "
                + "LEFT JOIN school_class c ON c.id = a.school_class_id LEFT JOIN class_group g ON g.id = a.class_group_id "
                + "WHERE a.academic_year_id = ? ORDER BY a.id", next)).containsExactlyInAnyOrder(
                "6А|-|" + s.teacher + "|2027-09-01", "6А|Английский|" + s.teacher + "|2027-09-01",
                "поток|-|" + s.teacher + "|2027-09-01");
        assertThat(Db.column(db, "SELECT e.weekday || '|' || e.slot_number || '|' || coalesce(e.room_id::text, '-') || '|' "
                + "|| e.valid_from || '|' || coalesce(c.grade || c.letter, 'поток') FROM timetable_entry e "
                + "JOIN teaching_assignment a ON a.id = e.teaching_assignment_id "
                + "LEFT JOIN school_class c ON c.id = a.school_class_id WHERE e.academic_year_id = ? "
                + "ORDER BY e.weekday, e.slot_number", next)).containsExactly("1|1|" + room + "|2027-09-01|6А",
                "2|2|-|2027-09-01|6А", "3|1|" + room + "|2027-09-01|поток");
        assertThat(Db.count(db, "SELECT count(*) FROM lesson WHERE academic_year_id = ?", next))
                .as("the copied timetable is a draft: no lessons until the administrator generates them").isZero();

        RolloverResult again = rollover.commit(admin, s.data.school(), s.data.year(), input);
        assertThat(again.alreadyDone()).isTrue();
        assertThat(again).extracting(RolloverResult::streamsCopied, RolloverResult::assignmentsCopied,
                RolloverResult::timetableEntriesCopied).containsExactly(1, 3, 3);
        assertThat(Db.count(db, "SELECT count(*) FROM teaching_assignment WHERE academic_year_id = ?", next)).isEqualTo(3);
        assertThat(Db.count(db, "SELECT count(*) FROM timetable_entry WHERE academic_year_id = ?", next)).isEqualTo(3);
        assertThat(Db.count(db, "SELECT count(*) FROM stream WHERE academic_year_id = ?", next)).isEqualTo(1);
        assertThat(closing.status(admin, s.data.school(), s.data.year()).rollover().carried())
                .isEqualTo(new RolloverCarryOvers.Carried(1, 3, 3));
    }

    private long assignment(School s, long subject, long teacher, Long classId, Long groupId, Long streamId) {
        return Long.parseLong(Db.column(db, "INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, "
                + "teacher_person_id, school_class_id, class_group_id, stream_id, valid_from) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2026-09-01') RETURNING id", s.data.school(), s.data.year(), subject,
                teacher, classId, groupId, streamId).get(0));
    }

    private void entry(School s, long assignment, int weekday, int slot, long bells, Long room) {
        Db.update(db, "INSERT INTO timetable_entry (school_id, academic_year_id, teaching_assignment_id, weekday, "
                + "bell_schedule_id, slot_number, room_id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2026-09-01')",
                s.data.school(), s.data.year(), assignment, weekday, bells, slot, room);
    }

    /** A school with 5А (class teacher, a group, mathematics taught), 9А and 11А, and their students. */
    private School school() {
        ClassesTestData data = ClassesTestData.create(schools, calendar);
        long teacher = data.teacher(db, "Учителева", "Анна", "Павловна");
        ClassItem fiveA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 5, "А", teacher));
        ClassItem nineA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 9, "А", null));
        ClassItem elevenA = classes.create(REGION_ADMIN, data.school(), new NewClass(data.year(), 11, "А", null));
        GroupItem english = classes.addGroup(REGION_ADMIN, fiveA.id(), "Английский");
        long first = enrol(data, "Первов", fiveA);
        students.move(REGION_ADMIN, first, new NewMovement(NewMovement.Kind.GROUP_MOVE, day("2026-09-01"), null,
                english.id(), null, null));
        long retained = enrol(data, "Второгодников", fiveA);
        long leaver = enrol(data, "Уходящий", nineA);
        enrol(data, "Девятов", nineA);
        long graduate = enrol(data, "Выпускников", elevenA);
        long math = data.subject(db, "Математика", false);
        Db.update(db, "INSERT INTO teaching_assignment (school_id, academic_year_id, subject_id, teacher_person_id, "
                + "school_class_id, valid_from) VALUES (?, ?, ?, ?, ?, DATE '2026-09-01')", data.school(), data.year(),
                math, teacher, fiveA.id());
        Db.update(db, "INSERT INTO curriculum_item (academic_year_id, grade, subject_id, hours_per_year) "
                + "VALUES (?, 5, ?, 170)", data.year(), math);
        return new School(data, teacher, fiveA, nineA, elevenA, math, first, retained, leaver, graduate);
    }

    private record School(ClassesTestData data, long teacher, ClassItem fiveA, ClassItem nineA, ClassItem elevenA,
                          long math, long first, long retained, long leaver, long graduate) {
    }

    private long enrol(ClassesTestData data, String surname, ClassItem schoolClass) {
        PersonItem person = students.enrol(REGION_ADMIN, data.school(), new NewStudent(new PersonCardInput(surname,
                "Артём", "Игоревич", "2012-03-14", null), Sex.MALE, schoolClass.id(), day("2026-09-01"), "№ 1-у"));
        return person.personId();
    }

    private void yearMark(School s, long student, String state) {
        Db.update(db, "INSERT INTO final_mark (school_id, academic_year_id, school_class_id, subject_id, student_person_id, "
                + "period_number, version, value, state, set_at, set_by_issuer, set_by_subject) VALUES (?, ?, ?, ?, ?, 0, "
                + "(SELECT count(*) + 1 FROM final_mark WHERE student_person_id = ? AND period_number = 0), 4, ?, now(), "
                + "'it', 'it')", s.data.school(), s.data.year(), s.fiveA.id(), s.math, student, student, state);
    }

    private List<String> names(ClassItem schoolClass, String date) {
        return classes.roster(REGION_ADMIN, schoolClass.id(), day(date)).students().stream()
                .map(PersonItem::displayName).toList();
    }
}
