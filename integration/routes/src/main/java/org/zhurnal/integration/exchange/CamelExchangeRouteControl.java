package org.zhurnal.integration.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.zhurnal.exchange.application.ExchangeRouteControl;
import org.zhurnal.integration.camel.CamelBootstrap;
import org.zhurnal.shared.error.ConflictException;

/** Camel's route controller and the dead-letter queue behind the operators' exchange screen. */
@ApplicationScoped
public class CamelExchangeRouteControl implements ExchangeRouteControl {

    @Inject
    CamelBootstrap camel;

    @Inject
    DeadLetterQueue deadLetterQueue;

    @Override
    public List<RouteState> routes() {
        CamelContext context = camel.context();
        return context.getRoutes().stream().map(Route::getRouteId).sorted(Comparator.naturalOrder())
                .map(id -> new RouteState(id, context.getRouteController().getRouteStatus(id).name())).toList();
    }

    @Override
    public void pause(String routeId) {
        try {
            camel.context().getRouteController().suspendRoute(routeId);
        } catch (Exception e) {
            throw new ConflictException("routeId", "Маршрут не удалось приостановить");
        }
    }

    @Override
    public void resume(String routeId) {
        try {
            camel.context().getRouteController().resumeRoute(routeId);
        } catch (Exception e) {
            throw new ConflictException("routeId", "Маршрут не удалось возобновить");
        }
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return deadLetterQueue.browse(limit);
    }

    @Override
    public Optional<DeadLetter> peek(String messageId) {
        return deadLetterQueue.peek(messageId);
    }

    @Override
    public boolean remove(String messageId) {
        return deadLetterQueue.remove(messageId);
    }

    @Override
    public boolean canResend(String routeId) {
        Route route = routeId == null ? null : camel.context().getRoute(routeId);
        return route != null && route.getEndpoint().getEndpointUri().startsWith("direct:");
    }

    @Override
    public void resend(String routeId, Map<String, String> headers, String body) {
        Route route = camel.context().getRoute(routeId);
        camel.context().createProducerTemplate().asyncSend(route.getEndpoint(), exchange -> {
            headers.forEach((name, value) -> exchange.getMessage().setHeader(name, value));
            exchange.getMessage().setBody(body);
        });
    }
}
