package org.zhurnal.web.spa;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Serves the single-page app for its own paths ({@code /region/schools/42} on a reload or a shared link):
 * a browser navigation to a path that is not a server endpoint nor a file gets {@code index.html}, and the
 * SPA's router shows the screen (or its own "not found" page).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SpaRoutesFilter extends HttpFilter {

    private static final List<String> SERVER_PREFIXES = List.of(
            "/api/", "/api-docs", "/assets/", "/openapi", "/health", "/login", "/logout", "/callback");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isAppNavigation(request)) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A browser navigation: {@code Sec-Fetch-Mode: navigate}, or (older browsers) an {@code Accept} asking for
     * XHTML, which page navigations send and programmatic clients (fetch, Java's URLConnection) do not.
     */
    static boolean isAppNavigation(String method, String path, String accept, String fetchMode) {
        boolean navigation = "navigate".equals(fetchMode) || (accept != null && accept.contains("application/xhtml+xml"));
        if (!"GET".equals(method) || !navigation || "/".equals(path)) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".") && SERVER_PREFIXES.stream().noneMatch(path::startsWith);
    }

    private static boolean isAppNavigation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return isAppNavigation(request.getMethod(), path, request.getHeader("Accept"),
                request.getHeader("Sec-Fetch-Mode"));
    }
}
