package org.zhurnal.diary.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.zhurnal.diary.application.DiaryAccess.Opened;
import org.zhurnal.diary.application.DiaryAccess.Reader;
import org.zhurnal.diary.domain.DiaryWeek;
import org.zhurnal.diary.freshness.DiaryCache;
import org.zhurnal.diary.freshness.DiaryPage;
import org.zhurnal.diary.persistence.JpaAbsenceReports;
import org.zhurnal.diary.persistence.JpaDiaryDirectory;
import org.zhurnal.diary.persistence.JpaDiaryLessons;
import org.zhurnal.diary.persistence.JpaStudentEntries;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * The diary of a student for the student, their legal representatives and their class teacher: whose
 * diaries one may open, the week, and the period pages (marks, homework, attendance). Reads only; a class
 * teacher's reading is audited (ids only). The week is four queries: the student's context, the lessons
 * of their classes, their marks and attendance, their absence reports (docs/api-diary.md).
 *
 * <p>Not transactional: every read is a single statement under READ COMMITTED, so a transaction would add no
 * consistency, only its cost; a page the cache vouches for is answered without a statement at all. The class
 * teacher's reading is audited in a transaction of its own ({@link DiaryReadAudit}).
 */
@ApplicationScoped
public class DiaryService {

    static final int MAX_HOMEWORK_DAYS = 31;

    @Inject
    DiaryAccess access;

    @Inject
    JpaDiaryDirectory directory;

    @Inject
    JpaDiaryLessons lessons;

    @Inject
    JpaStudentEntries entries;

    @Inject
    JpaAbsenceReports reports;

    @Inject
    FinalMarks finalMarks;

    @Inject
    DiaryReadAudit readAudit;

    @Inject
    DiaryCache cache;

    /** The students whose diary the actor may read as themselves or as a legal representative. */
    public List<ChildView> children(Actor actor) {
        if (actor == null || actor.personId() == null) {
            return List.of();
        }
        LocalDate today = access.today();
        List<ChildView> children = new ArrayList<>();
        for (JpaDiaryDirectory.ChildRef child : directory.children(actor.personId(), today)) {
            StudentContext student = access.open(actor, child.personId()).student();
            var current = student.classOn(today);
            List<PeriodView> periods = current.map(c -> directory.periods(c.academicYearId())).orElse(List.of());
            Long currentPeriod = periods.stream().filter(p -> p.contains(today)).map(PeriodView::id).findFirst()
                    .orElse(null);
            children.add(new ChildView(child.personId(), student.displayName(), child.relation(),
                    current.map(ClassInfo::id).orElse(null), current.map(ClassInfo::name).orElse(null),
                    current.map(ClassInfo::schoolName).orElse(null), periods, currentPeriod));
        }
        return children;
    }

    /** The week (Monday–Saturday) containing {@code date} (today when null). */
    public WeekView week(Actor actor, long studentPersonId, LocalDate date) {
        return weekPage(actor, studentPersonId, date).value();
    }

    /** {@link #week} as a page whose wire form is kept with it in the cache. */
    public DiaryPage<WeekView> weekPage(Actor actor, long studentPersonId, LocalDate date) {
        Opened opened = opened(actor, studentPersonId);
        DiaryWeek week = DiaryWeek.of(date == null ? opened.today() : date);
        return cached(opened, new PageKey("week", studentPersonId, week.monday(), null),
                () -> readWeek(opened, studentPersonId, week));
    }

    private WeekView readWeek(Opened opened, long studentPersonId, DiaryWeek week) {
        StudentContext student = opened.student();
        List<LessonRow> held = lessonsOf(student, week.monday(), week.saturday());
        StudentEntries found = entries.entries(StudentContext.schoolYears(
                student.classesBetween(week.monday(), week.saturday())), studentPersonId, week.monday(), week.saturday());
        Map<Long, List<MarkView>> marks = found.marks().stream().collect(Collectors.groupingBy(
                StudentEntries.MarkRow::lessonId, Collectors.mapping(MarkView::of, Collectors.toList())));
        Map<Long, String> codes = found.attendance().stream().collect(Collectors.toMap(
                StudentEntries.AttendanceRow::lessonId, StudentEntries.AttendanceRow::code, (a, b) -> a));
        List<DayView> days = week.days().stream().map(day -> new DayView(WireDate.of(day), held.stream()
                .filter(lesson -> lesson.date().equals(day))
                .map(lesson -> lessonView(lesson, marks.getOrDefault(lesson.id(), List.of()), codes.get(lesson.id())))
                .toList())).toList();
        List<AbsenceReportView> weekReports = reports.ofStudent(studentPersonId, week.monday(), week.saturday())
                .stream().map(AbsenceReportView::of).toList();
        return new WeekView(studentPersonId, WireDate.of(week.monday()), WireDate.of(week.saturday()),
                WireDate.of(week.previous().monday()), WireDate.of(week.next().monday()), days, weekReports);
    }

    /** «Оценки»: subjects × marks of a reporting period with weighted averages. */
    public MarksReport marks(Actor actor, long studentPersonId, Long periodId) {
        return marksPage(actor, studentPersonId, periodId).value();
    }

    /** {@link #marks} as a page whose wire form is kept with it in the cache. */
    public DiaryPage<MarksReport> marksPage(Actor actor, long studentPersonId, Long periodId) {
        Opened opened = opened(actor, studentPersonId);
        return cached(opened, new PageKey("marks", studentPersonId, periodId, null),
                () -> readMarks(opened, studentPersonId, periodId));
    }

    private MarksReport readMarks(Opened opened, long studentPersonId, Long periodId) {
        PeriodScope scope = PeriodScope.of(opened, directory, periodId);
        StudentEntries found = entries.entries(scope.years(), studentPersonId, scope.period().firstDay(),
                scope.period().lastDay());
        return SubjectMarks.report(studentPersonId, scope.period(),
                lessonsOf(opened.student(), scope.period().firstDay(), scope.period().lastDay()), found,
                finalMarks.of(studentPersonId, scope.period().id()));
    }

    /** «Домашние задания» from {@code from} to {@code to} (today and the next 13 days when not given). */
    public List<HomeworkItem> homework(Actor actor, long studentPersonId, LocalDate from, LocalDate to) {
        return homeworkPage(actor, studentPersonId, from, to).value();
    }

    /** {@link #homework} as a page whose wire form is kept with it in the cache. */
    public DiaryPage<List<HomeworkItem>> homeworkPage(Actor actor, long studentPersonId, LocalDate from, LocalDate to) {
        Opened opened = opened(actor, studentPersonId);
        LocalDate first = from == null ? opened.today() : from;
        LocalDate last = to == null ? first.plusDays(13) : to;
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "Конец периода не может быть раньше начала");
        }
        if (first.plusDays(MAX_HOMEWORK_DAYS - 1L).isBefore(last)) {
            throw new InvalidInputException("to", "Выберите не более " + MAX_HOMEWORK_DAYS + " дней");
        }
        return cached(opened, new PageKey("homework", studentPersonId, first, last),
                () -> readHomework(opened, first, last));
    }

    private List<HomeworkItem> readHomework(Opened opened, LocalDate first, LocalDate last) {
        return lessonsOf(opened.student(), first, last).stream()
                .filter(l -> !l.cancelled() && (l.homework() != null || l.homeworkNone()))
                .map(l -> new HomeworkItem(l.id(), WireDate.of(l.date()), l.slot(), l.subject(), l.homework(), l.homeworkNone()))
                .toList();
    }

    /** «Посещаемость»: lessons held in the period up to today and the Н/Б/У among them, by subject. */
    public AttendanceSummary attendance(Actor actor, long studentPersonId, Long periodId) {
        return attendancePage(actor, studentPersonId, periodId).value();
    }

    /** {@link #attendance} as a page whose wire form is kept with it in the cache. */
    public DiaryPage<AttendanceSummary> attendancePage(Actor actor, long studentPersonId, Long periodId) {
        Opened opened = opened(actor, studentPersonId);
        return cached(opened, new PageKey("attendance", studentPersonId, periodId, opened.today()),
                () -> readAttendance(opened, studentPersonId, periodId));
    }

    private AttendanceSummary readAttendance(Opened opened, long studentPersonId, Long periodId) {
        PeriodScope scope = PeriodScope.of(opened, directory, periodId);
        LocalDate last = scope.period().lastDay().isBefore(opened.today()) ? scope.period().lastDay() : opened.today();
        List<LessonRow> held = last.isBefore(scope.period().firstDay()) ? List.of()
                : lessonsOf(opened.student(), scope.period().firstDay(), last);
        StudentEntries found = last.isBefore(scope.period().firstDay()) ? new StudentEntries(List.of(), List.of())
                : entries.entries(scope.years(), studentPersonId, scope.period().firstDay(), last);
        return AttendanceCount.summary(studentPersonId, scope.period(), held, found.attendance());
    }

    /** The student's absence reports from 60 days back on. */
    public List<AbsenceReportView> absenceReports(Actor actor, long studentPersonId) {
        Opened opened = opened(actor, studentPersonId);
        return reports.ofStudent(studentPersonId, opened.today().minusDays(60), opened.today().plusYears(1)).stream()
                .map(AbsenceReportView::of).toList();
    }

    /** The lessons of the student's classes between the dates that are theirs: whole-class or of their group that day. */
    private List<LessonRow> lessonsOf(StudentContext student, LocalDate from, LocalDate to) {
        List<ClassInfo> classes = student.classesBetween(from, to);
        Set<Long> classIds = classes.stream().map(ClassInfo::id).collect(Collectors.toSet());
        return lessons.lessons(StudentContext.schoolYears(classes), classIds, from, to).stream()
                .filter(l -> student.timeline().attends(l.classId(), l.groupId(), l.date()))
                .toList();
    }

    /** A diary page, cached while nothing it shows has changed (see {@link DiaryCache}). */
    private <T> DiaryPage<T> cached(Opened opened, PageKey key, Supplier<T> read) {
        return cache.get(key, opened.student().personId(), read, page -> classIdsOf(opened.student()));
    }

    /** The access check, cached per reader, student and day while the student's enrolment and representatives stay. */
    private Opened opened(Actor actor, long studentPersonId) {
        Opened opened = actor == null || actor.personId() == null ? access.open(actor, studentPersonId)
                : cache.get(new AccessKey(actor.personId(), studentPersonId, access.today()), studentPersonId,
                        () -> access.open(actor, studentPersonId), o -> classIdsOf(o.student())).value();
        if (opened.reader() == Reader.CLASS_TEACHER) {
            readAudit.classTeacherRead(actor, studentPersonId);
        }
        return opened;
    }

    private static long[] classIdsOf(StudentContext student) {
        return student.classes().keySet().stream().mapToLong(Long::longValue).toArray();
    }

    /** A cached page: its kind, the student and up to two arguments that pick it. */
    private record PageKey(String kind, long studentPersonId, Object first, Object second) {
    }

    /** A cached access decision: the reader's person card, the student, the region's date. */
    private record AccessKey(long readerPersonId, long studentPersonId, LocalDate today) {
    }

    private static LessonView lessonView(LessonRow l, List<MarkView> marks, String attendance) {
        return new LessonView(l.id(), l.slot(), hhmm(l.startsAt()), hhmm(l.endsAt()), l.subject(), l.groupName(),
                l.room(), l.teacher(), l.substitute(), l.cancelled(), l.changeNote(), l.topic(), l.homework(),
                l.homeworkNone(), marks, attendance);
    }

    private static String hhmm(java.time.LocalTime time) {
        return time == null ? null : time.withSecond(0).withNano(0).toString();
    }
}
