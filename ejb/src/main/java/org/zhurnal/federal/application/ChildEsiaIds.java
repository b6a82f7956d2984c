package org.zhurnal.federal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.federal.persistence.StudentEsiaIds;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.people.domain.SnilsProtector;
import org.zhurnal.school.application.RegionSettings;
import org.zhurnal.shared.error.AccessDeniedException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.SchoolAccess;

/**
 * ESIA ids of pupils who never signed in, learned at a parent's sign-in from the state portal's children list
 * (docs/api-myschool.md, "Who the student is"). A listed child with an ESIA account of its own is matched to a
 * student card by SNILS (keyed hash); only when the list has no SNILS for the child, by exact surname, given name,
 * patronymic and birth date among the current children of the card the parent's account is bound to — never by
 * names alone. A matched card without an oid gets this one (audited as the parent, by the card's id); a card that
 * has another oid, or an oid another card holds, is never written over: the offer is kept as a conflict for the
 * school's journal administrator (audited by the conflict's id). No SNILS, name or oid is logged.
 */
@Stateless
public class ChildEsiaIds {

    static final String MATCHED_BY_SNILS = "SNILS";
    static final String MATCHED_BY_NAMES = "NAME_BIRTH_DATE";
    private static final int CONFLICTS_LIMIT = 500;

    /** What one parent's list did: ids recorded, already known, kept as conflicts, children not matched. */
    public record Outcome(int recorded, int known, int conflicts, int unmatched) {
    }

    private record Match(long person, String by) {
    }

    @Inject
    StudentEsiaIds records;

    @Inject
    SnilsProtector snilsProtector;

    @Inject
    SchoolAccess schoolAccess;

    @Inject
    RegionSettings region;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** At a confirmed account's sign-in: the children of its state-portal list that have ESIA accounts of their own. */
    public Outcome recordFromParent(Actor parent, Collection<EsiaChild> children) {
        int recorded = 0;
        int known = 0;
        int conflicts = 0;
        int unmatched = 0;
        LocalDate today = LocalDate.now(clock.withZone(region.timeZone()));
        for (EsiaChild child : children) {
            Optional<Match> match = child.hasOid() ? match(parent, child, today) : Optional.empty();
            if (match.isEmpty()) {
                unmatched++;
                continue;
            }
            switch (record(parent, child.oid(), match.get())) {
                case RECORDED -> recorded++;
                case KNOWN -> known++;
                case CONFLICT -> conflicts++;
            }
        }
        return new Outcome(recorded, known, conflicts, unmatched);
    }

    /** The school's ESIA id conflicts, newest first, for whoever administers the school. */
    public List<EsiaIdConflict> conflicts(Actor actor, long schoolId) {
        if (actor == null || !schoolAccess.mayAdminister(actor, schoolId)) {
            throw new AccessDeniedException();
        }
        List<EsiaIdConflict> conflicts = records.conflictsOfSchool(schoolId, CONFLICTS_LIMIT);
        audit.record(actor, AuditAction.ESIA_ID_CONFLICTS_READ, schoolId);
        return conflicts;
    }

    private enum Result { RECORDED, KNOWN, CONFLICT }

    private Result record(Actor parent, String oid, Match match) {
        Optional<String> current = records.oidOf(match.person());
        Optional<Long> other = records.holderOf(oid).filter(holder -> holder != match.person());
        if (current.filter(oid::equals).isPresent()) {
            return Result.KNOWN;
        }
        Instant now = clock.instant();
        if (current.isEmpty() && other.isEmpty()) {
            if (!records.record(oid, match.person(), match.by(), parent.issuer(), parent.subject(), now)) {
                return Result.KNOWN;
            }
            audit.record(parent, AuditAction.STUDENT_ESIA_ID_RECORDED, match.person());
            return Result.RECORDED;
        }
        records.conflict(match.person(), oid, current.orElse(null), other.orElse(null), parent.issuer(),
                parent.subject(), now).ifPresent(id -> audit.record(parent, AuditAction.STUDENT_ESIA_ID_CONFLICT, id));
        return Result.CONFLICT;
    }

    /** By SNILS when the list has one (a wrong one matches nothing); else strictly by names, birth date, kinship. */
    private Optional<Match> match(Actor parent, EsiaChild child, LocalDate today) {
        if (child.hasSnils()) {
            return parsed(child.snils()).map(snilsProtector::lookupHash).flatMap(records::studentBySnilsHash)
                    .map(person -> new Match(person, MATCHED_BY_SNILS));
        }
        if (!child.hasNamesAndBirthDate()) {
            return Optional.empty();
        }
        List<Long> candidates = records.childrenOfAccountByNamesAndBirthDate(parent.issuer(), parent.subject(),
                child.lastName(), child.firstName(), child.middleName(), child.birthDate(), today);
        return candidates.size() == 1 ? Optional.of(new Match(candidates.get(0), MATCHED_BY_NAMES)) : Optional.empty();
    }

    private static Optional<Snils> parsed(String text) {
        try {
            return Optional.of(Snils.parse(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
