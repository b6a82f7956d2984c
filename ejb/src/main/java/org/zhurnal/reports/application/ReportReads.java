package org.zhurnal.reports.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the school's progress report reads besides the proposals. */
public interface ReportReads {

    record Year(long id, int schoolYear, String periodSystem, List<Period> periods) {
    }

    record Period(int number, LocalDate startsOn, LocalDate endsOn) {
    }

    record SchoolClass(long id, int grade, String letter) {
    }

    /** A decided (current version) period mark: value, or null for н/а. */
    record Decided(long classId, long subjectId, long studentId, Integer value) {
    }

    /** Absences of a class in the period by code: all, ill (Б), valid reason (У). */
    record Absences(int total, int ill, int excused) {
    }

    /** The school's academic year by id, or the one whose dates hold {@code day} (else the latest before it). */
    Optional<Year> year(long schoolId, Long yearId, LocalDate day);

    List<SchoolClass> classes(long yearId);

    /** Students on each class's list at the date. */
    Map<Long, Integer> classSizes(long yearId, LocalDate date);

    List<Decided> decided(long yearId, int periodNumber);

    Map<Long, Absences> absences(long yearId, int schoolYear, LocalDate from, LocalDate to);

    Map<Long, String> subjectNames(List<Long> subjectIds);

    /** Whether the person is the school's director or deputy director now. */
    boolean directs(Long personId, long schoolId);
}
