package org.zhurnal.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One reporting period of an academic year (the 2nd quarter, the 1st half-year…), part of the year. */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "academic_year_id", nullable = false)
    private AcademicYear year;

    @Column(nullable = false)
    private short number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected ReportingPeriod() {
        // for JPA
    }

    ReportingPeriod(AcademicYear year, int number, DateRange dates) {
        this.year = year;
        this.number = (short) number;
        this.startsOn = dates.startsOn();
        this.endsOn = dates.endsOn();
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public DateRange dates() {
        return new DateRange(startsOn, endsOn);
    }
}
