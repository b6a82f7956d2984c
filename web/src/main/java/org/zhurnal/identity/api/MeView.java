package org.zhurnal.identity.api;

import java.util.List;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;

/** The signed-in person as the SPA shows them. Roles are their codes, in a stable order. */
public record MeView(String subject, String displayName, String surname, String givenName, String patronymic,
                     List<String> roles) {

    static MeView of(Actor actor) {
        List<String> roles = actor.roles().stream().sorted().map(Role::code).toList();
        return new MeView(actor.subject(), actor.name().full(), actor.name().surname(), actor.name().givenName(),
                actor.name().patronymic(), roles);
    }
}
