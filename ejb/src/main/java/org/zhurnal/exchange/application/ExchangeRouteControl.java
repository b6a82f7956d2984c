package org.zhurnal.exchange.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange routes and the dead-letter queue as operators control them, implemented by the integration
 * module (a port: the application and web layers do not depend on Camel or on the queue).
 */
public interface ExchangeRouteControl {

    /** A route and its state (Started, Suspended, Stopped…). */
    record RouteState(String id, String state) {
    }

    /** A message waiting in the dead-letter queue; {@code body} is its original body (personal data: never log). */
    record DeadLetter(String messageId, String routeId, Map<String, String> headers, String body, String failure,
                      Instant failedAt) {
        @Override
        public String toString() {
            return "DeadLetter[" + messageId + ", " + routeId + ", body hidden]";
        }
    }

    List<RouteState> routes();

    /** Suspends the route's consumer: nothing new is taken in until it is resumed. */
    void pause(String routeId);

    void resume(String routeId);

    /** The messages waiting in the dead-letter queue, oldest first (at most {@code limit}). */
    List<DeadLetter> deadLetters(int limit);

    /** The waiting message with this id, left in the queue; empty when no such message waits. */
    Optional<DeadLetter> peek(String messageId);

    /** Takes the message off the dead-letter queue; false when it no longer waits (someone else took it). */
    boolean remove(String messageId);

    /** Whether a dead letter of this route can be handed to it again. */
    boolean canResend(String routeId);

    /** Hands the message to the route again, asynchronously and outside the caller's transaction. */
    void resend(String routeId, Map<String, String> headers, String body);
}
