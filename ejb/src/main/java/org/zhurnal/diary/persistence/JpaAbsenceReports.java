package org.zhurnal.diary.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhurnal.diary.domain.AbsenceReport;

/** Absence reports (V21): a student's reports over dates, a class's reports on a day, one report locked. */
@ApplicationScoped
public class JpaAbsenceReports {

    @Inject
    EntityManager em;

    public AbsenceReport add(AbsenceReport report) {
        em.persist(report);
        em.flush();
        return report;
    }

    /** The report, locked for the decision (two class teachers deciding at once: one wins, the other sees it). */
    public Optional<AbsenceReport> lock(long id) {
        return Optional.ofNullable(em.find(AbsenceReport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The student's reports overlapping the dates, by first day ({@code absence_report_student_ix}). */
    public List<AbsenceReport> ofStudent(long studentPersonId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM AbsenceReport r WHERE r.studentPersonId = :student "
                        + "AND r.dateFrom <= :to AND r.dateTo >= :from ORDER BY r.dateFrom, r.id", AbsenceReport.class)
                .setParameter("student", studentPersonId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The class's reports covering the date ({@code absence_report_class_ix}). */
    public List<AbsenceReport> ofClass(long classId, LocalDate date) {
        return em.createQuery("SELECT r FROM AbsenceReport r WHERE r.schoolClassId = :class "
                        + "AND r.dateFrom <= :date AND r.dateTo >= :date ORDER BY r.id", AbsenceReport.class)
                .setParameter("class", classId)
                .setParameter("date", date)
                .getResultList();
    }
}
