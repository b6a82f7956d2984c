package org.zhurnal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.zhurnal.shared.security.RequestOrigin;

/**
 * Makes the request's network address (as the server sees it, after trusted proxies) the origin of what is done
 * while serving it: the audit log records it, the invite-code limiter counts by it.
 */
public class RequestOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (RequestOrigin.Scope origin = RequestOrigin.enter(request.getRemoteAddr())) {
            chain.doFilter(request, response);
        }
    }
}
