package org.zhurnal.federal.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.federal.application.ProgressAnswer.Refusal;
import org.zhurnal.federal.persistence.ProgressQueries;
import org.zhurnal.federal.persistence.ProgressRequests;
import org.zhurnal.people.application.PersonCards;
import org.zhurnal.people.domain.Person;
import org.zhurnal.people.domain.Snils;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.security.Actor;

/**
 * The ЕПГУ service "information on current progress" (issue 7, part 3): checks that the applicant is the child's
 * legal representative (a current guardianship) or the student themself aged 14 or more, builds the statement of
 * marks and absences for the period, and records request and answer ({@code smev_progress_request}) with the
 * answer's content, so the same СМЭВ message again is answered with the same message. Acts as the system
 * {@value #SYSTEM}; what was sent about whom is audited by person card id.
 */
@Stateless
public class ProgressStatements {

    public static final String SYSTEM = "SMEV";
    static final int LONGEST_PERIOD_DAYS = 366;

    @Inject
    PersonCards cards;

    @Inject
    ProgressQueries queries;

    @Inject
    ProgressRequests requests;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The answer to the request: the one recorded before for this СМЭВ message id, or a new one (with
     * {@code responseMessageId}), rendered by {@code render} into the content sent and recorded in one transaction.
     */
    public StoredAnswer answer(ProgressRequest request, String responseMessageId, Function<ProgressAnswer, String> render) {
        Optional<StoredAnswer> stored = requests.find(request.messageId());
        if (stored.isPresent()) {
            return stored.get();
        }
        Actor system = FederalSystems.actorOf(SYSTEM);
        Long applicantId = null;
        Long childId = null;
        ProgressAnswer answer;
        Snils applicant;
        Snils child;
        try {
            applicant = Snils.parse(request.applicantSnils());
            child = Snils.parse(request.childSnils());
        } catch (InvalidInputException e) {
            applicant = null;
            child = null;
        }
        if (applicant == null || request.from() == null || request.to() == null || request.to().isBefore(request.from())
                || request.from().plusDays(LONGEST_PERIOD_DAYS).isBefore(request.to())) {
            answer = refuse(request, responseMessageId, "INVALID_REQUEST",
                    "Запрос заполнен неверно: проверьте СНИЛС и период (не длиннее года)");
        } else {
            Map<Snils, Person> found = cards.findAll(system, List.of(applicant, child));
            Person childCard = found.get(child);
            Person applicantCard = found.get(applicant);
            childId = childCard == null ? null : childCard.id();
            applicantId = applicantCard == null ? null : applicantCard.id();
            Optional<ZoneId> zone = childId == null ? Optional.empty() : queries.studentZone(childId);
            if (zone.isEmpty()) {
                answer = refuse(request, responseMessageId, "NO_DATA",
                        "Сведения об обучающемся в школах региона не найдены");
            } else if (!authorised(applicantCard, childCard, LocalDate.now(clock.withZone(zone.get())))) {
                answer = refuse(request, responseMessageId, "NOT_AUTHORISED",
                        "Заявитель не является законным представителем обучающегося");
            } else {
                answer = new ProgressAnswer(request.messageId(), responseMessageId,
                        queries.statement(childId, request.from(), request.to()), null);
            }
        }
        String content = render.apply(answer);
        requests.insert(request, applicantId, childId, answer, content, clock.instant());
        if (childId != null) {
            audit.record(system, answer.refused() ? AuditAction.EXCHANGE_PROGRESS_REFUSED
                    : AuditAction.EXCHANGE_PROGRESS_SENT, childId);
        }
        return new StoredAnswer(responseMessageId, content, answer.refused());
    }

    /** СМЭВ took our answer and the request is acknowledged: it will not come again. */
    public void acknowledged(String requestMessageId) {
        requests.acknowledged(requestMessageId, clock.instant());
    }

    private boolean authorised(Person applicant, Person child, LocalDate today) {
        if (applicant == null) {
            return false;
        }
        if (applicant.id().equals(child.id())) {
            return child.birthDate().map(born -> Period.between(born, today).getYears() >= 14).orElse(false);
        }
        return queries.isGuardian(applicant.id(), child.id(), today);
    }

    private static ProgressAnswer refuse(ProgressRequest request, String responseMessageId, String code, String reason) {
        return new ProgressAnswer(request.messageId(), responseMessageId, null, new Refusal(code, reason));
    }
}
