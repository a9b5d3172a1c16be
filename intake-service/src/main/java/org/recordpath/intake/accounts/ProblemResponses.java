package org.recordpath.intake.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 for the API as RFC 9457 problem details (the same type URIs as the controller advice). The 401
 * challenge names the scheme {@code RecordPath}, not {@code Basic}: a browser never shows its Basic prompt for the
 * API and so never remembers credentials that a cross-site page could ride on (#11). Clients send their Basic or
 * bearer credentials pre-emptively ({@code curl -u} does).
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String TYPE_BASE = "https://recordpath.org/problems/";
    static final String CHALLENGE = "RecordPath realm=\"RecordPath\", schemes=\"Basic Bearer\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(response, 401, "unauthenticated", "Authentication required", "Sign in with your account.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, "forbidden", "Not allowed", "Your role may not do this.");
    }

    static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"" + TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }
}
