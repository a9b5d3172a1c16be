package org.recordpath.intake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses forgeable state-changing API calls (#11). The API authenticates with credentials a browser may remember,
 * so a POST, PUT, PATCH or DELETE under {@code /api} is accepted only when:
 *
 * <ol>
 *   <li>its {@code Sec-Fetch-Site}, if sent, is {@code same-origin} or {@code none} (else 403);
 *   <li>its {@code Origin}, if sent, is this service's own origin (else 403; {@code null} is foreign);
 *   <li>its body, if any, is {@code application/json} (or {@code +json}) or {@code multipart/form-data} (else 415),
 *       and multipart from a browser (one that sends {@code Origin} or {@code Sec-Fetch-*}) carries the header
 *       {@value #CLIENT_HEADER} (else 403): a custom header is something no cross-site form can send.
 * </ol>
 *
 * Clients that are not browsers (curl, scripts, other services) send neither {@code Origin} nor {@code Sec-Fetch-*}
 * and keep working unchanged; reads (GET, HEAD) are not touched.
 */
final class ApiRequestGuard extends OncePerRequestFilter {
    static final String CLIENT_HEADER = "X-RecordPath-Client";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refusal refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        ProblemResponses.write(response, refusal.status(), "cross-site-request", "Request refused", refusal.detail());
    }

    /** The answer to a refused request: 403 for a foreign origin, 415 for a body type a form could send. */
    record Refusal(int status, String detail) {}

    private static final Refusal FOREIGN_SITE =
            new Refusal(403, "State-changing API calls are not accepted from another site.");
    private static final Refusal FOREIGN_ORIGIN =
            new Refusal(403, "State-changing API calls are not accepted from another origin.");
    private static final Refusal BODY_TYPE =
            new Refusal(415, "Only application/json or multipart/form-data bodies are accepted.");
    private static final Refusal NO_CLIENT_HEADER =
            new Refusal(403, "A browser upload to the API needs the " + CLIENT_HEADER + " header.");

    /** Why the request is refused, or null when it may pass. */
    static Refusal refusal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            return FOREIGN_SITE;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            return FOREIGN_ORIGIN;
        }
        String contentType = request.getContentType();
        if (contentType == null) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return BODY_TYPE;
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())) {
            return null;
        }
        if (!type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
            return BODY_TYPE;
        }
        if (fromBrowser(request) && request.getHeader(CLIENT_HEADER) == null) {
            return NO_CLIENT_HEADER;
        }
        return null;
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Origin") != null
                || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Mode") != null;
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
