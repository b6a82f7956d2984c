package org.zhurnal.reports.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhurnal.reports.application.FinalMarkProposals;
import org.zhurnal.shared.security.Actor;

/** {@link ProposalSql}: one school's period computed, or the whole region's stored by one INSERT … SELECT. */
@ApplicationScoped
public class JpaFinalMarkProposals implements FinalMarkProposals {

    private static final String SCHOOLS = "SELECT DISTINCT school_id FROM academic_year WHERE period_system = :system "
            + "AND EXTRACT(YEAR FROM starts_on) = CAST(:schoolYear AS integer) ORDER BY school_id";
    private static final String RUN_COLUMNS = "id, school_year, period_system, period_number, school_id, started_at, "
            + "finished_at, schools, proposals, not_attested";

    @Inject
    EntityManager em;

    @Override
    public List<Long> schools(int schoolYear, String periodSystem) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(SCHOOLS).setParameter("system", periodSystem)
                .setParameter("schoolYear", schoolYear).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Proposal> compute(long schoolId, int schoolYear, String periodSystem, int number, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(ProposalSql.SELECT), schoolYear, periodSystem, number, today)
                .setParameter("school", schoolId).getResultList();
        return rows.stream().map(r -> new Proposal(id(r[0]), id(r[1]), id(r[2]), id(r[3]), r[4] == null ? null : id(r[4]),
                id(r[5]), ((Number) r[6]).intValue(), (BigDecimal) r[7],
                r[8] == null ? null : ((Number) r[8]).intValue())).toList();
    }

    @Override
    public long startRun(int schoolYear, String periodSystem, int number, Long schoolId, Actor actor, Instant at) {
        // NULLs written as literals: an untyped null parameter would be bound as text
        var query = em.createNativeQuery(("INSERT INTO final_mark_proposal_run (school_year, period_system, period_number, "
                        + "school_id, started_at, run_by_issuer, run_by_subject, run_by_person_id) VALUES (:year, :system, :number, "
                        + "%s, :at, :issuer, :subject, %s) RETURNING id").formatted(schoolId == null ? "NULL" : ":school",
                        actor.personId() == null ? "NULL" : ":person"))
                .setParameter("year", schoolYear).setParameter("system", periodSystem).setParameter("number", number)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("issuer", actor.issuer()).setParameter("subject", actor.subject());
        if (schoolId != null) {
            query.setParameter("school", schoolId);
        }
        if (actor.personId() != null) {
            query.setParameter("person", actor.personId());
        }
        return id(query.getSingleResult());
    }

    @Override
    public int[] store(long runId, int schoolYear, String periodSystem, int number, LocalDate today) {
        em.createNativeQuery(ProposalSql.REGION_DELETE).setParameter("number", number).setParameter("system", periodSystem)
                .setParameter("schoolYear", schoolYear).executeUpdate();
        LocalDate[] bounds = bounds(schoolYear, periodSystem, number);
        if (bounds == null) {
            return new int[] {0, 0};
        }
        Object[] before = (Object[]) em.createNativeQuery(ProposalSql.PLANNER).getSingleResult();
        Object[] counts = (Object[]) bind(em.createNativeQuery(ProposalSql.REGION_INSERT), schoolYear, periodSystem, number,
                today).setParameter("from", bounds[0]).setParameter("to", bounds[1]).setParameter("run", runId)
                .getSingleResult();
        em.createNativeQuery(ProposalSql.PLANNER_RESTORED).setParameter("workMem", before[0])
                .setParameter("nestloop", before[1]).setParameter("mergejoin", before[2])
                .setParameter("pageCost", before[3]).getSingleResult();
        return new int[] {((Number) counts[0]).intValue(), ((Number) counts[1]).intValue()};
    }

    @Override
    public void finishRun(long runId, int schools, int proposals, int notAttested, Instant at) {
        em.createNativeQuery("UPDATE final_mark_proposal_run SET finished_at = ?2, schools = ?3, proposals = ?4, "
                        + "not_attested = ?5 WHERE id = ?1").setParameter(1, runId)
                .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).setParameter(3, schools)
                .setParameter(4, proposals).setParameter(5, notAttested).executeUpdate();
    }

    @Override
    public Optional<Run> lastRun(int schoolYear, String periodSystem, int number) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + RUN_COLUMNS + " FROM final_mark_proposal_run "
                        + "WHERE school_year = ?1 AND period_system = ?2 AND period_number = ?3 AND school_id IS NULL "
                        + "AND finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
                .setParameter(1, schoolYear).setParameter(2, periodSystem).setParameter(3, number).getResultList();
        return rows.stream().findFirst().map(r -> new Run(id(r[0]), ((Number) r[1]).intValue(), (String) r[2],
                ((Number) r[3]).intValue(), r[4] == null ? null : id(r[4]), instant(r[5]), instant(r[6]),
                ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue()));
    }

    /** The period's first and last day over the schools, or null without any school having the period. */
    private LocalDate[] bounds(int schoolYear, String periodSystem, int number) {
        Object[] row = (Object[]) em.createNativeQuery(ProposalSql.BOUNDS).setParameter("schoolYear", schoolYear)
                .setParameter("system", periodSystem).setParameter("number", number).getSingleResult();
        return row[0] == null ? null : new LocalDate[] {date(row[0]), date(row[1])};
    }

    private static Query bind(Query query, int schoolYear, String periodSystem, int number, LocalDate today) {
        return query.setParameter("schoolYear", schoolYear).setParameter("system", periodSystem)
                .setParameter("number", number).setParameter("today", today);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
