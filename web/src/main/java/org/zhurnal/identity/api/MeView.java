package org.zhurnal.identity.api;

import java.util.List;
import org.zhurnal.identity.application.BindingStatus;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/**
 * The signed-in person as the SPA shows them. Roles are their codes, in a stable order. {@code binding}
 * is NONE, PENDING or CONFIRMED; {@code schools} (current positions) is filled once it is CONFIRMED.
 */
public record MeView(String subject, String displayName, String surname, String givenName, String patronymic,
                     List<String> roles, String binding, List<SchoolPositionsView> schools) {

    static MeView of(Actor actor, BindingStatus status) {
        List<String> roles = actor.roles().stream().sorted().map(Role::code).toList();
        return new MeView(actor.subject(), actor.name().full(), actor.name().surname(), actor.name().givenName(),
                actor.name().patronymic(), roles, status.state().name(), SchoolPositionsView.of(status.schools()));
    }
}
