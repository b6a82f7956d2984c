package org.zhurnal.calendar.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.zhurnal.shared.error.InvalidInputException;

/**
 * A school's academic year and its calendar. It guards that the reporting periods match the school's
 * period system, lie inside the year and follow one another without overlapping, and that days off lie
 * inside the year. It answers the calendar questions the journal's rules ask: is this a working day,
 * which date is N working days after that one, which period a date belongs to.
 */
@Entity
@Table(name = "academic_year")
public class AcademicYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_system", nullable = false, length = 20)
    private PeriodSystem periodSystem;

    @Enumerated(EnumType.STRING)
    @Column(name = "working_week", nullable = false, length = 20)
    private WorkingWeek workingWeek;

    @OneToMany(mappedBy = "year", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<ReportingPeriod> periods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "non_working_day", joinColumns = @JoinColumn(name = "academic_year_id"))
    @OrderBy("day")
    private List<NonWorkingDay> daysOff = new ArrayList<>();

    protected AcademicYear() {
        // for JPA
    }

    /** Opens a year with its periods (in order) and days off; refuses a calendar that does not hold together. */
    public static AcademicYear open(Long schoolId, DateRange dates, PeriodSystem system, WorkingWeek week,
                                    List<DateRange> periodDates, List<NonWorkingDay> daysOff) {
        if (dates.endsOn().isAfter(dates.startsOn().plusYears(1))) {
            throw new InvalidInputException("endsOn", "Учебный год не может быть длиннее календарного года");
        }
        AcademicYear year = new AcademicYear();
        year.schoolId = schoolId;
        year.startsOn = dates.startsOn();
        year.endsOn = dates.endsOn();
        year.periodSystem = system;
        year.workingWeek = week;
        year.definePeriods(periodDates);
        daysOff.forEach(year::declareDayOff);
        return year;
    }

    private void definePeriods(List<DateRange> periodDates) {
        if (periodDates.size() != periodSystem.periods()) {
            throw new InvalidInputException("periods", "В учебном году должно быть " + periodSystem.describe()
                    + ", а указано периодов: " + periodDates.size());
        }
        DateRange previous = null;
        for (int i = 0; i < periodDates.size(); i++) {
            DateRange period = periodDates.get(i);
            if (!dates().contains(period)) {
                throw new InvalidInputException("periods", "Период " + (i + 1) + " выходит за границы учебного года");
            }
            if (previous != null && !previous.isBefore(period)) {
                throw new InvalidInputException("periods",
                        "Период " + (i + 1) + " должен начинаться после окончания периода " + i);
            }
            periods.add(new ReportingPeriod(this, i + 1, period));
            previous = period;
        }
    }

    /** Declares a day off (a holiday or a moved day off) inside the year; declaring it again changes nothing. */
    public void declareDayOff(NonWorkingDay dayOff) {
        if (dayOff.day() == null || !dates().contains(dayOff.day())) {
            throw new InvalidInputException("daysOff", "Нерабочий день должен быть внутри учебного года");
        }
        if (dayOff.reason() == null || dayOff.reason().isBlank()) {
            throw new InvalidInputException("daysOff", "Укажите причину нерабочего дня");
        }
        if (daysOff.stream().noneMatch(existing -> existing.day().equals(dayOff.day()))) {
            daysOff.add(new NonWorkingDay(dayOff.day(), dayOff.reason().strip()));
            daysOff.sort(Comparator.comparing(NonWorkingDay::day));
        }
    }

    /** A day of the working week that is not a declared day off. */
    public boolean isWorkingDay(LocalDate date) {
        return workingWeek.includes(date.getDayOfWeek())
                && daysOff.stream().noneMatch(dayOff -> dayOff.day().equals(date));
    }

    /** The date {@code workingDays} working days after {@code date} (the deadline of "within N working days"). */
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate result = date;
        for (int counted = 0; counted < workingDays; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** The reporting period the date falls in, if any (holidays between periods belong to none). */
    public Optional<ReportingPeriod> periodOn(LocalDate date) {
        return periods.stream().filter(period -> period.dates().contains(date)).findFirst();
    }

    public boolean overlaps(DateRange other) {
        return !(endsOn.isBefore(other.startsOn()) || other.endsOn().isBefore(startsOn));
    }

    public Long id() {
        return id;
    }

    public Long schoolId() {
        return schoolId;
    }

    public DateRange dates() {
        return new DateRange(startsOn, endsOn);
    }

    public PeriodSystem periodSystem() {
        return periodSystem;
    }

    public WorkingWeek workingWeek() {
        return workingWeek;
    }

    public List<ReportingPeriod> periods() {
        return List.copyOf(periods);
    }

    public List<NonWorkingDay> daysOff() {
        return List.copyOf(daysOff);
    }
}
