package org.zhurnal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.shared.security.Role;
import org.zhurnal.web.problem.NotSignedInException;

/**
 * The {@link Actor} of the current request: resources pass it to services, which check it against the
 * objects they touch. Unconfirmed accounts never become actors. The person card of the account's
 * confirmed binding is looked up once per session and kept in it; a new sign-in looks it up again.
 */
@RequestScoped
public class CurrentActor {

    static final String BOUND_PERSON = "zhurnal.boundPerson";

    @Inject
    HttpServletRequest request;

    @Inject
    SessionProfiles profiles;

    @Inject
    AccountBindings bindings;

    private Actor actor;

    public Optional<Actor> find() {
        if (actor == null) {
            actor = profiles.account(request)
                    .filter(SignedInAccount::confirmed)
                    .map(account -> bound(account.toActor()))
                    .orElse(null);
        }
        return Optional.ofNullable(actor);
    }

    public Actor require() {
        return find().orElseThrow(NotSignedInException::new);
    }

    /** Forgets the session's cached binding (at sign-in, and when a binding was just made). */
    public static void forgetBinding(HttpSession session) {
        session.removeAttribute(BOUND_PERSON);
    }

    private Actor bound(Actor account) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return account;
        }
        if (!(session.getAttribute(BOUND_PERSON) instanceof BoundPerson cached)) {
            Long person = bindings.confirmedPerson(account.issuer(), account.subject()).orElse(null);
            BoundPerson found = new BoundPerson(person, person == null ? Set.of() : bindings.relationRoles(person));
            session.setAttribute(BOUND_PERSON, found);
            return found.applyTo(account);
        }
        return cached.applyTo(account);
    }

    /**
     * The session's cached lookup: the bound person card's id ({@code null} for none) and the roles the card
     * has by its relations (a parent of a child, a student), added to the identity provider's roles.
     */
    record BoundPerson(Long personId, Set<Role> relationRoles) implements Serializable {

        BoundPerson {
            relationRoles = Set.copyOf(relationRoles);
        }

        Actor applyTo(Actor account) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            roles.addAll(account.roles());
            roles.addAll(relationRoles);
            return new Actor(account.issuer(), account.subject(), account.name(), roles, personId);
        }
    }
}
