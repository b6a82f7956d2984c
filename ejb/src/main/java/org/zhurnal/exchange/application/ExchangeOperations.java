package org.zhurnal.exchange.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.zhurnal.audit.application.AuditLog;
import org.zhurnal.audit.domain.AuditAction;
import org.zhurnal.exchange.persistence.ExchangeQueries;
import org.zhurnal.exchange.application.ExchangeRouteControl.DeadLetter;
import org.zhurnal.exchange.persistence.MessageHeaders;
import org.zhurnal.shared.error.ConflictException;
import org.zhurnal.shared.error.InvalidInputException;
import org.zhurnal.shared.error.NotFoundException;
import org.zhurnal.shared.security.Access;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.shared.text.TextRule;

/**
 * The region administrator's work with exchanges: the log, refused records, dead letters (retry or discard,
 * always with a reason, audited) and pausing or resuming a route. Nobody else may.
 */
@Stateless
public class ExchangeOperations {

    static final int LIST_LIMIT = 200;
    static final TextRule REASON = new TextRule("reason", 1000, "Укажите причину",
            "Причина — не длиннее 1000 символов");

    @Inject
    ExchangeQueries queries;

    @Inject
    ExchangeRouteControl routes;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ExchangeItem> exchanges(Actor actor) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return queries.exchanges(LIST_LIMIT);
    }

    public List<RecordErrorItem> recordErrors(Actor actor, long exchangeId) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return queries.recordErrors(exchangeId);
    }

    /** The messages waiting in the dead-letter queue, then the ones already retried or discarded. */
    public List<DeadLetterItem> deadLetters(Actor actor) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        List<DeadLetterItem> items = new ArrayList<>();
        for (DeadLetter letter : routes.deadLetters(LIST_LIMIT)) {
            items.add(new DeadLetterItem(letter.messageId(), letter.routeId(),
                    letter.headers().get(MessageHeaders.SOURCE), letter.body() == null ? 0 : letter.body().length(),
                    letter.failure(), letter.failedAt(), "WAITING", null, null));
        }
        items.addAll(queries.resolvedDeadLetters(LIST_LIMIT));
        return items;
    }

    /**
     * Hands the dead letter to its route again (a new failure makes a new dead letter), keeping it as retried.
     * The message leaves the queue just before the commit; a failed commit after that cannot put it back, but it
     * was kept in the row written first only if the commit succeeds (a narrow window, accepted).
     */
    public void retry(Actor actor, String messageId, String reason) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        String why = REASON.required(reason);
        DeadLetter letter = take(messageId);
        if (!routes.canResend(letter.routeId())) {
            throw new ConflictException("id", "Сообщение этого маршрута нельзя отправить повторно — только отклонить");
        }
        long row = queries.storeResolved(letter, "RETRIED", clock.instant(), actor.issuer(), actor.subject(), why);
        audit.record(actor, AuditAction.EXCHANGE_DEAD_LETTER_RETRIED, row);
        takeOff(letter);
        routes.resend(letter.routeId(), letter.headers(), letter.body());
    }

    /** Takes the dead letter off the queue without processing it, keeping it (with its body) as discarded. */
    public void discard(Actor actor, String messageId, String reason) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        String why = REASON.required(reason);
        DeadLetter letter = take(messageId);
        long row = queries.storeResolved(letter, "DISCARDED", clock.instant(), actor.issuer(), actor.subject(), why);
        audit.record(actor, AuditAction.EXCHANGE_DEAD_LETTER_DISCARDED, row);
        takeOff(letter);
    }

    public List<ExchangeRouteControl.RouteState> routes(Actor actor) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        return routes.routes();
    }

    public void pause(Actor actor, String routeId) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        routes.pause(known(routeId));
        audit.record(actor, AuditAction.EXCHANGE_ROUTE_PAUSED, routeId);
    }

    public void resume(Actor actor, String routeId) {
        Access.requireRole(actor, Role.REGION_ADMIN);
        routes.resume(known(routeId));
        audit.record(actor, AuditAction.EXCHANGE_ROUTE_RESUMED, routeId);
    }

    private String known(String routeId) {
        if (routeId == null || routes.routes().stream().noneMatch(r -> r.id().equals(routeId))) {
            throw new NotFoundException("Маршрут не найден");
        }
        return routeId;
    }

    private DeadLetter take(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            throw new InvalidInputException("id", "Не указано сообщение");
        }
        return routes.peek(messageId).orElseThrow(
                () -> new NotFoundException("Сообщения нет в очереди недоставленных — возможно, его уже обработали"));
    }

    /**
     * Takes the message off the queue after its row is written, as the last step before the commit: when someone
     * else took it meanwhile, this decision is rolled back.
     */
    private void takeOff(DeadLetter letter) {
        if (!routes.remove(letter.messageId())) {
            throw new ConflictException("id", "Это сообщение уже обработал другой администратор");
        }
    }
}
