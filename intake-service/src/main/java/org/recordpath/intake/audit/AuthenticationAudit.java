package org.recordpath.intake.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-ins and role refusals from Spring Security's events. Every failed sign-in is recorded. A successful form
 * sign-in is recorded each time; the API authenticates every request with HTTP Basic, so there a success is recorded
 * once per user and address per {@link #API_SUCCESS_INTERVAL} (every read of health data is recorded on its own).
 */
class AuthenticationAudit {
    static final Duration API_SUCCESS_INTERVAL = Duration.ofMinutes(15);
    private static final int MAX_REMEMBERED = 10_000;

    private final AuditLog log;
    private final Map<String, Instant> lastApiSuccess = new ConcurrentHashMap<>();

    AuthenticationAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (isApiRequest() && !firstApiSuccessInInterval(auth.getName())) {
            return;
        }
        log.insert(auth.getName(), role(auth), AuditAction.LOGIN_SUCCESS, null, null, AuditOutcome.ALLOWED);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String name = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureLockedEvent) {
            log.insert(name, null, AuditAction.LOGIN_LOCKED, null, null, AuditOutcome.DENIED);
        } else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            log.insert(name, null, AuditAction.LOGIN_FAILURE, null, null, AuditOutcome.FAILED);
        } else {
            log.insert(name, null, AuditAction.LOGIN_FAILURE, null, null, AuditOutcome.DENIED);
        }
    }

    /** A signed-in caller refused by role (403); anonymous calls are answered 401 and not recorded here. */
    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return;
        }
        String target = event.getSource() instanceof HttpServletRequest request
                ? request.getMethod() + " " + request.getRequestURI()
                : null;
        log.insert(auth.getName(), role(auth), AuditAction.ACCESS_DENIED, null, target, AuditOutcome.DENIED);
    }

    private boolean firstApiSuccessInInterval(String name) {
        String key = name + "|" + AuditLog.remoteAddress();
        Instant now = log.now();
        if (lastApiSuccess.size() > MAX_REMEMBERED) {
            lastApiSuccess.values().removeIf(at -> at.isBefore(now.minus(API_SUCCESS_INTERVAL)));
        }
        boolean[] first = {false};
        lastApiSuccess.compute(key, (k, last) -> {
            if (last == null || !last.isAfter(now.minus(API_SUCCESS_INTERVAL))) {
                first[0] = true;
                return now;
            }
            return last;
        });
        return first[0];
    }

    private static boolean isApiRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                && servlet.getRequest().getRequestURI().startsWith("/api/");
    }

    private static String role(Authentication auth) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length()))
                .findFirst()
                .orElse(null);
    }
}
