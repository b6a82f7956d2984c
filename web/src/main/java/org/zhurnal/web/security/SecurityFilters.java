package org.zhurnal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.pac4j.core.config.Config;
import org.pac4j.jee.filter.CallbackFilter;
import org.pac4j.jee.filter.LogoutFilter;
import org.pac4j.jee.filter.SecurityFilter;

/**
 * Registers the sign-in filters in code: {@code /login} starts the OIDC flow, {@code /callback} finishes
 * it, {@code /logout} ends the local and the Keycloak session. The API reads the session through
 * {@link CurrentActor}; it never redirects, it answers 401.
 */
@WebListener
public class SecurityFilters implements ServletContextListener {

    @Inject
    Config config;

    @Inject
    SignInSettings settings;

    @Inject
    SessionLimits sessionLimits;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        add(context, "requestOrigin", new RequestOriginFilter(), "/*");
        add(context, "securityHeaders", new SecurityHeadersFilter(), "/*");
        context.setSessionTimeout((int) sessionLimits.idle().toMinutes());
        add(context, "sessionAge", new SessionAgeFilter(Clock.systemUTC(), sessionLimits.absolute()), "/*");
        add(context, "csrfGuard", new CsrfGuardFilter(settings.baseUrl()), "/api/*");

        add(context, "signIn", new SecurityFilter(config, SecurityConfig.CLIENT_NAME), SignInServlet.PATH);

        CallbackFilter callback = new CallbackFilter(config, settings.homeUrl());
        callback.setRenewSession(true);
        add(context, "signInCallback", callback, "/callback");

        LogoutFilter logout = new LogoutFilter(config, settings.homeUrl());
        logout.setLocalLogout(true);
        logout.setDestroySession(true);
        logout.setCentralLogout(true);
        logout.setLogoutUrlPattern("^" + Pattern.quote(settings.baseUrl()) + "/.*$");
        add(context, "signOut", logout, "/logout");
    }

    private static void add(ServletContext context, String name, Filter filter, String path) {
        context.addFilter(name, filter)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, path);
    }
}
