package org.recordpath.intake.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/**
 * Locks a username after too many failed sign-ins: {@code maxFailures} within {@code window} lock it for
 * {@code lockout}, during which even the right password is refused with the same answer as a wrong one. Kept in
 * memory, so it is per instance and forgotten on restart; a successful sign-in clears the count.
 */
public class LoginThrottle {
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int maxFailures, Duration window, Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    private static final class State {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    public boolean locked(String username) {
        State state = states.get(key(username));
        if (state == null) {
            return false;
        }
        synchronized (state) {
            return state.lockedUntil != null && Instant.now(clock).isBefore(state.lockedUntil);
        }
    }

    void failed(String username) {
        Instant now = Instant.now(clock);
        if (states.size() > MAX_TRACKED) {
            forgetOld(now);
        }
        State state = states.computeIfAbsent(key(username), k -> new State());
        synchronized (state) {
            if (state.lockedUntil != null && now.isBefore(state.lockedUntil)) {
                return;
            }
            state.failures.addLast(now);
            while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(now.minus(window))) {
                state.failures.removeFirst();
            }
            if (state.failures.size() >= maxFailures) {
                state.lockedUntil = now.plus(lockout);
                state.failures.clear();
            }
        }
    }

    void succeeded(String username) {
        states.remove(key(username));
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void forgetOld(Instant now) {
        states.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                boolean lockOver = e.getValue().lockedUntil == null || !now.isBefore(e.getValue().lockedUntil);
                Instant last = e.getValue().failures.peekLast();
                return lockOver && (last == null || !last.isAfter(now.minus(window)));
            }
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
