package org.zhurnal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.zhurnal.identity.application.AccountBindings;
import org.zhurnal.shared.security.Actor;
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

    /** Forgets the session's cached binding (at sign-in). */
    static void forgetBinding(HttpSession session) {
        session.removeAttribute(BOUND_PERSON);
    }

    private Actor bound(Actor account) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return account;
        }
        if (!(session.getAttribute(BOUND_PERSON) instanceof BoundPerson cached)) {
            BoundPerson found = new BoundPerson(bindings.confirmedPerson(account.issuer(), account.subject()).orElse(null));
            session.setAttribute(BOUND_PERSON, found);
            return account.boundTo(found.personId());
        }
        return account.boundTo(cached.personId());
    }

    /** The session's cached lookup: the bound person card's id, or {@code null} for none. */
    record BoundPerson(Long personId) implements Serializable {
    }
}
