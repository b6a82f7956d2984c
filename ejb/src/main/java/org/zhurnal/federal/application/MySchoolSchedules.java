package org.zhurnal.federal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.federal.persistence.EsiaAccountRecords;
import org.zhurnal.federal.persistence.ScheduleQueries;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.PersonName;

/**
 * The schedule the federal platform «Моя школа» pulls for a student named by their ESIA id (issue 7, part 2): only a
 * person whose confirmed account has that oid and who is a student; anybody else (a parent, a teacher, an unknown
 * oid) is "not found", the same answer, so the platform learns nothing about who else uses the journal. Each pull
 * is an access to a minor's personal data: audited with ids only (the client, the person card, the range).
 */
@Stateless
public class MySchoolSchedules {

    static final String NOT_FOUND = "Обучающийся с такой учётной записью ЕСИА не найден";
    private static final Pattern OID = Pattern.compile("\\d{1,18}");

    @Inject
    ScheduleQueries queries;

    @Inject
    EsiaAccountRecords esiaAccounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The student's schedule over the range, for the platform's client {@code clientId} (issued by {@code issuer}). */
    public StudentSchedule pull(String issuer, String clientId, String esiaOid, ScheduleRange range) {
        if (esiaOid == null || !OID.matcher(esiaOid).matches()) {
            throw new NotFoundException(NOT_FOUND);
        }
        long student = queries.studentByEsiaOid(esiaOid).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        StudentSchedule schedule = new StudentSchedule(esiaOid, range.start(), range.end(),
                queries.schedule(student, range));
        audit.record(new Actor(issuer, clientId, new PersonName("Внешняя система", clientId, null), Set.of()),
                AuditAction.EXCHANGE_SCHEDULE_PULLED, student + ":" + range.start() + "/" + range.end());
        return schedule;
    }

    /** At sign-in: remembers the account's ESIA id (from the identity provider), so the platform can name the student. */
    public void recordEsiaAccount(Actor account, String esiaOid) {
        if (esiaOid == null || !OID.matcher(esiaOid).matches()) {
            return;
        }
        esiaAccounts.record(esiaOid, account.issuer(), account.subject(), clock.instant());
    }
}
