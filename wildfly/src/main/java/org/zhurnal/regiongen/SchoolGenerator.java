package org.zhurnal.regiongen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.zhurnal.regiongen.RussianCurriculum.Line;
import org.zhurnal.regiongen.SchoolYearCalendar.Bell;
import org.zhurnal.regiongen.SchoolYearCalendar.Period;
import org.zhurnal.regiongen.WeekTimetable.Placement;
import org.zhurnal.regiongen.WeekTimetable.Unit;

/**
 * Writes one school of the region: its year and bells, rooms, classes with groups, teachers with their
 * assignments and a timetable, students with their parents and enrolment, a year of lessons with topics,
 * homework, marks and attendance up to the settings' date, the final marks of the periods closed by then,
 * and open invite codes (with a personal-data key). Deterministic for a seed.
 */
final class SchoolGenerator {

    static final String ISSUER = "zhurnal-regiongen";
    private static final String[] LETTERS = {"А", "Б", "В", "Г"};
    /** Subjects a primary class's own teacher (the class teacher) gives. */
    private static final List<String> PRIMARY_TEACHER_SUBJECTS = List.of("Русский язык", "Литературное чтение",
            "Математика", "Окружающий мир", "Изобразительное искусство", "Труд (технология)");

    private record SchoolClass(long id, int grade, String letter, long[] groupIds, List<Long> students,
                               List<List<Long>> groupStudents, long homeRoomId) {
    }

    private record Teacher(long personId, String subject) {
    }

    private record Assignment(int classIndex, int line, int group, int teacher) {
    }

    private final RegionContext region;
    private final GeneratorSettings settings;
    private final RegionTables tables;
    private final IdSequences ids;
    private final SplittableRandom random;
    private final int index;

    private long schoolId;
    private long yearId;
    private long bellScheduleId;
    private final List<SchoolClass> classes = new ArrayList<>();
    private final List<Teacher> teachers = new ArrayList<>();
    private final Map<Long, Double> ability = new HashMap<>();
    private final LessonJournal journal;
    private final FinalMarkBook finals = new FinalMarkBook();
    private final Map<Long, Long> motherOf = new HashMap<>();
    private List<OpenInvitations.Sample> sampleCodes = List.of();
    private final Map<Assignment, Long> assignmentIds = new HashMap<>();
    /** Per class: the class teacher's person id (null until known); per primary class its teacher's index. */
    private final List<Long> classTeachers = new ArrayList<>();
    private final Map<Integer, Integer> primaryTeacher = new HashMap<>();

    SchoolGenerator(RegionContext region, GeneratorSettings settings, RegionTables tables, IdSequences ids, int index) {
        this.region = region;
        this.settings = settings;
        this.tables = tables;
        this.ids = ids;
        this.index = index;
        this.random = new SplittableRandom(settings.seed() * 1_000_003L + index);
        this.journal = new LessonJournal(region, settings, tables, ids, random, ability, finals);
    }

    /** Generates the school; returns its number of pupils. */
    int generate() {
        school();
        calendar();
        long buildingId = ids.next("building");
        tables.building.row(buildingId, schoolId, "Основное здание", address());
        List<int[]> shape = shape();
        for (int[] gradeLetters : shape) {
            for (int l = 0; l < gradeLetters[1]; l++) {
                addClass(gradeLetters[0], LETTERS[l], buildingId);
            }
        }
        curriculum(shape);
        List<Placement> week = timetable();
        for (int c = 0; c < classes.size(); c++) {
            SchoolClass schoolClass = classes.get(c);
            tables.schoolClass.row(schoolClass.id(), schoolId, yearId, schoolClass.grade(), schoolClass.letter(),
                    classTeachers.get(c));
        }
        lessons(week);
        finals.write(tables, ids, schoolId, yearId, settings.asOf(), region.zone());
        if (settings.invitesWritten()) {
            invitations();
        }
        return classes.stream().mapToInt(c -> c.students().size()).sum();
    }

    /** Invite codes in clear kept as samples (with a personal-data key and samples asked for). */
    List<OpenInvitations.Sample> sampleCodes() {
        return sampleCodes;
    }

    private void invitations() {
        List<OpenInvitations.ClassFamilies> families = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            SchoolClass schoolClass = classes.get(c);
            families.add(new OpenInvitations.ClassFamilies(schoolClass.grade(), classTeachers.get(c),
                    schoolClass.students(), schoolClass.students().stream().map(motherOf::get).toList()));
        }
        OpenInvitations invitations = new OpenInvitations(settings.piiKey(), ~(settings.seed() * 1_000_003L + index),
                settings.sampleCodes());
        invitations.write(tables, ids, schoolId, families, settings.asOf(), region.zone());
        sampleCodes = invitations.samples();
    }

    private void school() {
        schoolId = ids.next("school");
        int number = index + 1;
        long municipality = region.municipalityIds().get(index % region.municipalityIds().size());
        String inn = "24" + String.format("%08d", 90_000_000 + number);
        String ogrn = "1" + String.format("%012d", 240_000_000_000L + number);
        tables.school.row(schoolId, region.regionId(),
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № " + number + "»",
                "МБОУ СШ № " + number, inn, ogrn, address(), municipality);
    }

    private String address() {
        return "ул. Школьная, д. " + (index + 1);
    }

    private void calendar() {
        yearId = ids.next("academic_year");
        tables.academicYear.row(yearId, schoolId, GeneratorSettings.YEAR_START, GeneratorSettings.YEAR_END,
                "QUARTERS", "FIVE_DAYS");
        for (Period period : SchoolYearCalendar.PERIODS) {
            boolean closed = period.endsOn().isBefore(settings.asOf());
            tables.reportingPeriod.row(ids.next("reporting_period"), yearId, period.number(), period.startsOn(),
                    period.endsOn(), closed ? utc(period.endsOn().plusDays(3), 18) : null,
                    closed ? ISSUER : null, closed ? "period-close" : null);
        }
        SchoolYearCalendar.DAYS_OFF.forEach(d -> tables.nonWorkingDay.row(yearId, d.day(), d.reason()));
        bellScheduleId = ids.next("bell_schedule");
        tables.bellSchedule.row(bellScheduleId, schoolId, "Основное");
        for (Bell bell : SchoolYearCalendar.BELLS) {
            tables.bellSlot.row(bellScheduleId, bell.number(), bell.startsAt(), bell.endsAt());
        }
        long director = person(RussianNames.random(random, random.nextBoolean()), birth(45, 15),
                random.nextInt(3) > 0 ? "FEMALE" : "MALE");
        tables.staffPosition.row(ids.next("staff_position"), schoolId, director, "DIRECTOR", LocalDate.of(2015, 9, 1));
    }

    /** Classes per grade: {grade, letters}. The reference school has three classes of 25 in every grade. */
    private List<int[]> shape() {
        List<int[]> shape = new ArrayList<>();
        for (int grade = 1; grade <= 11; grade++) {
            int letters = settings.size().uniformSchools() ? 3
                    : grade >= 10 ? 1 + random.nextInt(2) : 1 + random.nextInt(3);
            shape.add(new int[] {grade, letters});
        }
        return shape;
    }

    private void addClass(int grade, String letter, long buildingId) {
        long classId = ids.next("school_class");
        long roomId = ids.next("room");
        tables.room.row(roomId, schoolId, buildingId, String.valueOf(100 * (1 + classes.size() / 12)
                + classes.size() % 12 + 1), "Кабинет " + grade + letter, 30);
        int size = settings.size().uniformSchools() ? 25 : 18 + random.nextInt(13);
        // a primary class has its own teacher; an older class's class teacher is one of its subject teachers
        if (grade <= 4) {
            int own = hire("Начальные классы");
            primaryTeacher.put(classes.size(), own);
            classTeachers.add(teachers.get(own).personId());
        } else {
            classTeachers.add(null);
        }
        boolean split = grade >= 2;
        long[] groups = split ? new long[] {ids.next("class_group"), ids.next("class_group")} : new long[0];
        for (int g = 0; g < groups.length; g++) {
            tables.classGroup.row(groups[g], classId, "Группа " + (g + 1));
        }
        List<Long> students = new ArrayList<>();
        List<List<Long>> groupStudents = List.of(new ArrayList<>(), new ArrayList<>());
        LocalDateTime recorded = LocalDateTime.of(2026, 8, 28, 10, 0);
        for (int s = 0; s < size; s++) {
            long child = family(grade);
            students.add(child);
            tables.student.row(ids.next("student"), child, schoolId);
            tables.enrolmentEvent.row(ids.next("enrolment_event"), child, "ARRIVE", classId, null,
                    GeneratorSettings.YEAR_START, "Приказ № 112-у от 28.08.2026", utc(recorded), ISSUER, "seed");
            if (split) {
                int g = s % 2;
                groupStudents.get(g).add(child);
                tables.enrolmentEvent.row(ids.next("enrolment_event"), child, "GROUP_JOIN", classId, groups[g],
                        GeneratorSettings.YEAR_START, null, utc(recorded), ISSUER, "seed");
            }
        }
        classes.add(new SchoolClass(classId, grade, letter, groups, students, groupStudents, roomId));
    }

    /** A pupil with a mother and, mostly, a father; returns the pupil's person id. */
    private long family(int grade) {
        String surname = RussianNames.familySurname(random);
        String father = RussianNames.fatherName(random);
        boolean male = random.nextBoolean();
        LocalDate born = LocalDate.of(2026 - 6 - grade, 9, 1).minusDays(random.nextInt(365));
        long child = person(RussianNames.child(surname, father, random, male), born, male ? "MALE" : "FEMALE");
        ability.put(child, Math.max(2.6, Math.min(4.95, 3.9 + random.nextGaussian() * 0.55)));
        long mother = person(RussianNames.named(surname, random, false), born.minusYears(24 + random.nextInt(12)),
                "FEMALE");
        tables.guardianship.row(ids.next("guardianship"), child, mother, "MOTHER", born);
        motherOf.put(child, mother);
        if (random.nextInt(10) < 7) {
            long dad = person(new RussianNames.FullName(surname, father, RussianNames.patronymic(
                    RussianNames.fatherName(random), true)), born.minusYears(25 + random.nextInt(14)), "MALE");
            tables.guardianship.row(ids.next("guardianship"), child, dad, "FATHER", born);
        }
        return child;
    }

    private long person(RussianNames.FullName name, LocalDate born, String sex) {
        long id = ids.next("person");
        tables.person.row(id, name.surname(), name.givenName(), name.patronymic(), born, sex);
        return id;
    }

    private LocalDate birth(int age, int spread) {
        return LocalDate.of(2026 - age, 1, 1).plusDays(random.nextInt(365 * spread));
    }

    /** Hires a teacher of a subject; returns the teacher's index. */
    private int hire(String subject) {
        boolean male = random.nextInt(5) == 0;
        long id = person(RussianNames.random(random, male), birth(55, 30), male ? "MALE" : "FEMALE");
        tables.staffPosition.row(ids.next("staff_position"), schoolId, id, "TEACHER", LocalDate.of(2020, 9, 1));
        if (teachers.isEmpty()) {
            tables.staffPosition.row(ids.next("staff_position"), schoolId, id, "JOURNAL_ADMIN", LocalDate.of(2024, 9, 1));
        }
        teachers.add(new Teacher(id, subject));
        return teachers.size() - 1;
    }

    private void curriculum(List<int[]> shape) {
        for (int[] gradeLetters : shape) {
            int grade = gradeLetters[0];
            for (Line line : RussianCurriculum.forGrade(grade)) {
                tables.curriculumItem.row(ids.next("curriculum_item"), yearId, grade, region.subject(line.subject()),
                        line.hoursPerWeek() * RussianCurriculum.weeks(grade));
            }
        }
    }

    /** Subject teachers with about 24 weekly hours each, then the week placed slot by slot. */
    private List<Placement> timetable() {
        Map<String, List<Integer>> pool = new HashMap<>();
        Map<Integer, Integer> load = new HashMap<>();
        WeekTimetable week = new WeekTimetable(classes.size(), 20);
        List<Placement> all = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            SchoolClass schoolClass = classes.get(c);
            List<Line> lines = RussianCurriculum.forGrade(schoolClass.grade());
            List<Unit[]> lessons = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                Line line = lines.get(l);
                boolean ownTeacher = schoolClass.grade() <= 4 && PRIMARY_TEACHER_SUBJECTS.contains(line.subject());
                int groupsCount = line.split() && schoolClass.groupIds().length == 2 ? 2 : 1;
                int[] teacherOfGroup = new int[groupsCount];
                for (int g = 0; g < groupsCount; g++) {
                    teacherOfGroup[g] = ownTeacher ? primaryTeacher.get(c)
                            : subjectTeacher(line.subject(), line.hoursPerWeek(), pool, load);
                }
                if (classTeachers.get(c) == null) {
                    classTeachers.set(c, teachers.get(teacherOfGroup[0]).personId());
                }
                for (int h = 0; h < line.hoursPerWeek(); h++) {
                    Unit[] units = new Unit[groupsCount];
                    for (int g = 0; g < groupsCount; g++) {
                        units[g] = new Unit(c, l, groupsCount == 2 ? g + 1 : 0, teacherOfGroup[g]);
                    }
                    lessons.add(units);
                }
            }
            int maxSlot = schoolClass.grade() == 1 ? 4 : schoolClass.grade() <= 4 ? 5 : WeekTimetable.SLOTS;
            all.addAll(week.placeClass(lessons, maxSlot, random, (unit, isFree) -> {
                String subject = lines.get(unit.line()).subject();
                for (int t : pool.getOrDefault(subject, List.of())) {
                    if (isFree.test(t)) {
                        return t;
                    }
                }
                int hired = hire(subject);
                pool.computeIfAbsent(subject, s -> new ArrayList<>()).add(hired);
                return hired;
            }));
        }
        return all;
    }

    private int subjectTeacher(String subject, int hours, Map<String, List<Integer>> pool, Map<Integer, Integer> load) {
        List<Integer> candidates = pool.computeIfAbsent(subject, s -> new ArrayList<>());
        for (int t : candidates) {
            if (load.getOrDefault(t, 0) + hours <= 24) {
                load.merge(t, hours, Integer::sum);
                return t;
            }
        }
        int hired = hire(subject);
        candidates.add(hired);
        load.put(hired, hours);
        return hired;
    }

    private long assignment(Unit unit, SchoolClass schoolClass, Line line) {
        Assignment key = new Assignment(unit.classIndex(), unit.line(), unit.group(), unit.teacher());
        return assignmentIds.computeIfAbsent(key, k -> {
            long id = ids.next("teaching_assignment");
            tables.teachingAssignment.row(id, schoolId, yearId, region.subject(line.subject()),
                    teachers.get(unit.teacher()).personId(), schoolClass.id(),
                    unit.group() == 0 ? null : schoolClass.groupIds()[unit.group() - 1], GeneratorSettings.YEAR_START);
            return id;
        });
    }

    private record Entry(long id, Placement placement, long assignmentId) {
    }

    private void lessons(List<Placement> week) {
        List<List<Entry>> byWeekday = new ArrayList<>();
        for (int d = 0; d <= WeekTimetable.DAYS; d++) {
            byWeekday.add(new ArrayList<>());
        }
        for (Placement p : week) {
            SchoolClass schoolClass = classes.get(p.unit().classIndex());
            Line line = RussianCurriculum.forGrade(schoolClass.grade()).get(p.unit().line());
            long assignmentId = assignment(p.unit(), schoolClass, line);
            long entryId = ids.next("timetable_entry");
            tables.timetableEntry.row(entryId, schoolId, yearId, assignmentId, p.weekday(), "EVERY", bellScheduleId,
                    p.slot(), p.unit().group() <= 1 ? schoolClass.homeRoomId() : null, GeneratorSettings.YEAR_START);
            byWeekday.get(p.weekday()).add(new Entry(entryId, p, assignmentId));
        }
        Map<Long, Integer> lessonNumbers = new HashMap<>();
        List<LocalDate> days = SchoolYearCalendar.schoolDays();
        for (int dayIndex = 0; dayIndex < days.size(); dayIndex++) {
            LocalDate day = days.get(dayIndex);
            for (Entry entry : byWeekday.get(day.getDayOfWeek().getValue())) {
                lesson(entry, day, dayIndex, lessonNumbers);
            }
        }
    }

    private void lesson(Entry entry, LocalDate day, int dayIndex, Map<Long, Integer> lessonNumbers) {
        Unit unit = entry.placement().unit();
        SchoolClass schoolClass = classes.get(unit.classIndex());
        Line line = RussianCurriculum.forGrade(schoolClass.grade()).get(unit.line());
        int number = lessonNumbers.merge(entry.assignmentId(), 1, Integer::sum);
        long lessonId = ids.next("lesson");
        long teacher = teachers.get(unit.teacher()).personId();
        boolean held = !day.isAfter(settings.asOf());
        Bell bell = SchoolYearCalendar.BELLS.get(entry.placement().slot() - 1);
        boolean noHomework = schoolClass.grade() == 1;
        boolean homeworkNone = !noHomework && random.nextInt(10) == 0;
        String homework = noHomework || homeworkNone ? null : LessonContent.homework(random, number);
        Long groupId = unit.group() == 0 ? null : schoolClass.groupIds()[unit.group() - 1];
        long subjectId = region.subject(line.subject());
        OffsetDateTime written = utc(day, bell.endsAt().getHour());
        tables.lesson.row(SchoolYearCalendar.SCHOOL_YEAR, lessonId, schoolId, yearId, schoolClass.id(), groupId,
                subjectId, entry.assignmentId(), entry.id(), day, entry.placement().slot(), bell.startsAt(),
                bell.endsAt(), teacher, unit.group() <= 1 ? schoolClass.homeRoomId() : null,
                held ? LessonContent.topic(line.subject(), number) : null, held ? homework : null,
                held && homeworkNone, held ? written : null);
        if (!held) {
            return;
        }
        List<Long> audience = unit.group() == 0 ? schoolClass.students()
                : schoolClass.groupStudents().get(unit.group() - 1);
        Period period = SchoolYearCalendar.periodOf(day);
        boolean marks = schoolClass.grade() > 2 || (schoolClass.grade() == 2 && period.number() > 1);
        boolean control = marks && line.hoursPerWeek() >= 2 && random.nextInt(12) == 0;
        // a control work: every present student gets a mark of its kind; otherwise some do, of everyday kinds
        String controlKind = control ? LessonContent.controlKind(line.subject(), schoolClass.grade(), random) : null;
        double chance = Math.min(0.9, 10.0 / (line.hoursPerWeek() * 8.5));
        if (marks) {
            finals.held(schoolClass.id(), subjectId, teacher, audience, period.number());
        }
        journal.record(new LessonJournal.Lesson(lessonId, day, dayIndex, period.number(), subjectId, line.subject(),
                schoolClass.id(), teacher, written), audience, marks, controlKind, chance);
    }

    private OffsetDateTime utc(LocalDate day, int localHour) {
        return utc(day.atTime(localHour, 0));
    }

    private OffsetDateTime utc(LocalDateTime local) {
        return local.atZone(region.zone()).withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
    }
}
