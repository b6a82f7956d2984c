package org.zhurnal.classes.domain;

import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.ARRIVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_JOIN;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.GROUP_LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.LEAVE;
import static org.zhurnal.classes.domain.EnrolmentEvent.Kind.TRANSFER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhurnal.calendar.domain.AcademicYear;
import org.zhurnal.calendar.domain.ReportingPeriod;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.text.RussianDates;

/**
 * A student's movements at one school, in order, and the rules for the next one: movements are recorded
 * in date order (never before the last one), a student is in at most one class at a time, a transfer
 * stays inside the school and year, and moves between groups happen only on the first day of a reporting
 * period (seed 004: «только по окончании учебного периода»). Each rule returns the events to append.
 */
public final class EnrolmentHistory {

    private static final Comparator<EnrolmentEvent> ORDER = Comparator.comparing(EnrolmentEvent::effectiveOn)
            .thenComparing(e -> e.id() == null ? Long.MAX_VALUE : e.id());

    private final Long personId;
    private final List<EnrolmentEvent> events;

    private EnrolmentHistory(Long personId, List<EnrolmentEvent> events) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.events = events;
    }

    /** The history from the stored events of this person at one school (in any order). */
    public static EnrolmentHistory of(Long personId, List<EnrolmentEvent> stored) {
        List<EnrolmentEvent> events = new ArrayList<>(stored);
        events.sort(ORDER);
        return new EnrolmentHistory(personId, events);
    }

    /** The class the student is in on that date, if any. */
    public Optional<Long> classOn(LocalDate date) {
        return lastClassEventOn(date).filter(e -> e.kind() == ARRIVE).map(EnrolmentEvent::schoolClassId);
    }

    /** The groups of their class the student is in on that date. */
    public Set<Long> groupsOn(LocalDate date) {
        Set<Long> groups = new LinkedHashSet<>();
        upTo(date).stream().filter(e -> !e.kind().isClassEvent()).forEach(e -> {
            if (e.kind() == GROUP_JOIN) {
                groups.add(e.classGroupId().orElseThrow());
            } else {
                groups.remove(e.classGroupId().orElseThrow());
            }
        });
        return groups;
    }

    /** Arrival in a class (зачисление), the student being in no class on that date. */
    public List<EnrolmentEvent> arrive(SchoolClass target, AcademicYear year, LocalDate date, Recording recording) {
        requireInOrder(date, "arrivedOn");
        target.requireInYear(year, date, "arrivedOn");
        if (classOn(date).isPresent()) {
            throw new ConflictException("classId", "На эту дату обучающийся уже числится в классе: "
                    + "для перехода в другой класс оформите перевод");
        }
        return append(List.of(new EnrolmentEvent(personId, ARRIVE, target.id(), null, date, recording)));
    }

    /** Leaving the school (выбытие): off the class and its groups from that date. */
    public List<EnrolmentEvent> leave(LocalDate date, Recording recording) {
        requireInOrder(date, "date");
        Long current = requireClassOn(date);
        List<EnrolmentEvent> recorded = leaveGroups(current, date, recording);
        recorded.add(new EnrolmentEvent(personId, LEAVE, current, null, date, recording));
        return append(recorded);
    }

    /** Transfer to another class of the same school and year: leaves the class and its groups, arrives in the other. */
    public List<EnrolmentEvent> transfer(SchoolClass from, SchoolClass to, AcademicYear year, LocalDate date,
                                         Recording recording) {
        requireInOrder(date, "date");
        if (!from.id().equals(requireClassOn(date))) {
            throw new IllegalArgumentException("class " + from.id() + " is not the student's class on " + date);
        }
        if (to.id().equals(from.id())) {
            throw new InvalidInputException("toClassId", "Обучающийся уже в классе " + to.name());
        }
        if (!to.schoolId().equals(from.schoolId()) || !to.academicYearId().equals(from.academicYearId())) {
            throw new InvalidInputException("toClassId",
                    "Перевести можно только в другой класс этой же школы и этого же учебного года");
        }
        to.requireInYear(year, date, "date");
        List<EnrolmentEvent> recorded = leaveGroups(from.id(), date, recording);
        recorded.add(new EnrolmentEvent(personId, TRANSFER, from.id(), null, date, recording));
        recorded.add(new EnrolmentEvent(personId, ARRIVE, to.id(), null, date, recording));
        return append(recorded);
    }

    /**
     * Moves the student from one group of their class to another (either may be absent: joining or leaving
     * a group). Only on the first day of a reporting period, except that a student may be put into a group
     * on the day they arrive in the class.
     */
    public List<EnrolmentEvent> moveGroup(SchoolClass schoolClass, AcademicYear year, Long fromGroupId,
                                          Long toGroupId, LocalDate date, Recording recording) {
        requireInOrder(date, "date");
        if (!schoolClass.id().equals(requireClassOn(date))) {
            throw new IllegalArgumentException("class " + schoolClass.id() + " is not the student's class on " + date);
        }
        if (fromGroupId == null && toGroupId == null) {
            throw new InvalidInputException("toGroupId", "Укажите группу, в которую переводится обучающийся");
        }
        Set<Long> groups = groupsOn(date);
        ClassGroup from = fromGroupId == null ? null : groupOf(schoolClass, fromGroupId, "fromGroupId");
        ClassGroup to = toGroupId == null ? null : groupOf(schoolClass, toGroupId, "toGroupId");
        if (from != null && !groups.contains(from.id())) {
            throw new InvalidInputException("fromGroupId", "Обучающийся не состоит в группе «" + from.name() + "»");
        }
        if (to != null && groups.contains(to.id())) {
            throw new InvalidInputException("toGroupId", "Обучающийся уже в группе «" + to.name() + "»");
        }
        boolean joiningOnArrival = from == null && date.equals(arrivalInClass(schoolClass.id()));
        if (!joiningOnArrival && !startsAPeriod(year, date)) {
            throw new InvalidInputException("date", "Переводить из группы в группу можно только с первого дня "
                    + "отчётного периода, по окончании предыдущего. " + nearestPeriodStarts(year, date,
                    arrivalInClass(schoolClass.id())));
        }
        List<EnrolmentEvent> recorded = new ArrayList<>();
        if (from != null) {
            recorded.add(new EnrolmentEvent(personId, GROUP_LEAVE, schoolClass.id(), from.id(), date, recording));
        }
        if (to != null) {
            recorded.add(new EnrolmentEvent(personId, GROUP_JOIN, schoolClass.id(), to.id(), date, recording));
        }
        return append(recorded);
    }

    /** Whether the date is the first day of one of the year's reporting periods. */
    public static boolean startsAPeriod(AcademicYear year, LocalDate date) {
        return year.periodOn(date).map(period -> period.dates().startsOn().equals(date)).orElse(false);
    }

    /** The first days of periods nearest to the date: the next one and the previous one (not before the arrival). */
    private static String nearestPeriodStarts(AcademicYear year, LocalDate date, LocalDate arrival) {
        List<LocalDate> starts = year.periods().stream().map(ReportingPeriod::dates).map(d -> d.startsOn()).toList();
        String next = starts.stream().filter(start -> start.isAfter(date)).findFirst()
                .map(start -> "Ближайшая такая дата — " + RussianDates.format(start))
                .orElse("В этом учебном году отчётных периодов больше нет");
        String previous = starts.stream().filter(start -> start.isBefore(date))
                .filter(start -> arrival == null || !start.isBefore(arrival)).reduce((a, b) -> b)
                .map(start -> " (предыдущая — " + RussianDates.format(start) + ")").orElse("");
        return next + previous + ".";
    }

    private static ClassGroup groupOf(SchoolClass schoolClass, Long groupId, String field) {
        return schoolClass.group(groupId).orElseThrow(
                () -> new InvalidInputException(field, "Группа не найдена в классе " + schoolClass.name()));
    }

    private List<EnrolmentEvent> leaveGroups(Long classId, LocalDate date, Recording recording) {
        List<EnrolmentEvent> recorded = new ArrayList<>();
        groupsOn(date).forEach(group -> recorded.add(
                new EnrolmentEvent(personId, GROUP_LEAVE, classId, group, date, recording)));
        return recorded;
    }

    /** The class the student is in on that date; refused naming {@code date} when they are in none. */
    public Long requireClassOn(LocalDate date) {
        return classOn(date).orElseThrow(() -> new InvalidInputException("date",
                "На " + RussianDates.format(date) + " обучающийся не числится ни в одном классе школы"));
    }

    private void requireInOrder(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInputException(field, "Укажите дату");
        }
        if (!events.isEmpty() && date.isBefore(events.get(events.size() - 1).effectiveOn())) {
            throw new InvalidInputException(field, "Движение нельзя записать раньше последнего движения обучающегося ("
                    + RussianDates.format(events.get(events.size() - 1).effectiveOn()) + ")");
        }
    }

    private LocalDate arrivalInClass(Long classId) {
        return events.stream().filter(e -> e.kind() == ARRIVE && e.schoolClassId().equals(classId))
                .reduce((first, second) -> second).map(EnrolmentEvent::effectiveOn).orElse(null);
    }

    private Optional<EnrolmentEvent> lastClassEventOn(LocalDate date) {
        return upTo(date).stream().filter(e -> e.kind().isClassEvent()).reduce((first, second) -> second);
    }

    private List<EnrolmentEvent> upTo(LocalDate date) {
        return events.stream().filter(e -> !e.effectiveOn().isAfter(date)).toList();
    }

    private List<EnrolmentEvent> append(List<EnrolmentEvent> recorded) {
        events.addAll(recorded);
        return List.copyOf(recorded);
    }

    /** All events, in order. */
    public List<EnrolmentEvent> events() {
        return List.copyOf(events);
    }
}
