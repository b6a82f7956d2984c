package org.zhurnal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.zhurnal.shared.security.Actor;
import org.zhurnal.web.problem.NotSignedInException;

/**
 * The {@link Actor} of the current request: resources pass it to services, which check it against the
 * objects they touch. Unconfirmed accounts never become actors.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    SessionProfiles profiles;

    public Optional<Actor> find() {
        return profiles.account(request)
                .filter(SignedInAccount::confirmed)
                .map(SignedInAccount::toActor);
    }

    public Actor require() {
        return find().orElseThrow(NotSignedInException::new);
    }
}
