package org.zhurnal.exchange.api;

import org.zhurnal.exchange.application.ExchangeRouteControl.RouteState;

/** A route and its state: Started, Suspended (paused), Stopped. */
public record RouteView(String id, String state) {

    static RouteView of(RouteState state) {
        return new RouteView(state.id(), state.state());
    }
}
