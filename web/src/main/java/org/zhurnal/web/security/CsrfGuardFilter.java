package org.zhurnal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Refuses cookie-authenticated API writes that a foreign site could forge: they must carry
 * {@code X-Requested-With} (which cross-site forms cannot set and which needs a CORS preflight we never
 * grant) and, when the browser sends an {@code Origin}, come from our own origin. With the session cookie's
 * {@code SameSite=Lax}, that closes cross-site request forgery.
 */
public class CsrfGuardFilter extends HttpFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String REFUSAL = """
            {"type":"/problems/forged-request","title":"Запрос отклонён","status":403,\
            "detail":"Запрос пришёл не из приложения Журнал. Обновите страницу и повторите действие."}""";

    private final String ownOrigin;

    public CsrfGuardFilter(String baseUrl) {
        URI base = URI.create(baseUrl);
        this.ownOrigin = base.getScheme() + "://" + base.getAuthority();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || isGenuine(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(REFUSAL);
    }

    private boolean isGenuine(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return request.getHeader(HEADER) != null && (origin == null || origin.equals(ownOrigin));
    }
}
