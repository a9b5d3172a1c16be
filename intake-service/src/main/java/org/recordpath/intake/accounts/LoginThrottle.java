package org.recordpath.intake.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows password guessing down without letting anyone lock an account (#11: a per-username lock let anyone lock the
 * admin). Failed sign-ins count per username <em>and</em> client address: after {@code freeFailures} of them within
 * {@code window} each further one makes that client wait {@code firstDelay}, twice that, four times, ... (at most
 * {@code maxDelay}) before its
 * next attempt is even checked; the account's owner signing in from elsewhere is not delayed. Against guessing spread
 * over many clients, failures of a username from all clients count too: past {@value #USERNAME_FACTOR} times
 * {@code freeFailures} every client waits, but never more than {@link #USERNAME_MAX_DELAY}. While a client waits,
 * its attempts are refused like a wrong password and not counted. The owner learns of the failures at the next
 * sign-in ({@link #takeNotice}). Kept in memory, per instance; a successful sign-in clears that client's count.
 */
public class LoginThrottle {
    static final int USERNAME_FACTOR = 4;
    static final Duration USERNAME_MAX_DELAY = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final int freeFailures;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Map<String, Backoff> byClient = new ConcurrentHashMap<>();
    private final Map<String, Backoff> byUsername = new ConcurrentHashMap<>();
    private final Map<String, SignInNotice> notices = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int freeFailures, Duration window, Duration firstDelay, Duration maxDelay) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** Failed sign-ins of the account since its last successful one, for its owner to see. */
    public record SignInNotice(int failures, Instant last) {}

    /** Failures within the window and, once past the free ones, the time before which attempts are refused. */
    private static final class Backoff {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant waitUntil;

        synchronized boolean waiting(Instant now) {
            return waitUntil != null && now.isBefore(waitUntil);
        }

        synchronized void fail(Instant now, Duration window, int free, Duration first, Duration max) {
            failures.addLast(now);
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(window))) {
                failures.removeFirst();
            }
            int over = failures.size() - free;
            if (over >= 0) {
                Duration delay = first.multipliedBy(1L << Math.min(over, 20));
                waitUntil = now.plus(delay.compareTo(max) > 0 ? max : delay);
            }
        }

        synchronized boolean stale(Instant now, Duration window) {
            Instant last = failures.peekLast();
            return !waiting(now) && (last == null || !last.isAfter(now.minus(window)));
        }
    }

    /** Whether sign-ins of this username from the current request's client must wait now. */
    public boolean locked(String username) {
        return waiting(username, currentClient());
    }

    boolean waiting(String username, String client) {
        Instant now = Instant.now(clock);
        Backoff pair = byClient.get(key(username, client));
        Backoff all = byUsername.get(key(username));
        return (pair != null && pair.waiting(now)) || (all != null && all.waiting(now));
    }

    /** Whether any client must wait now before signing in as this username (the admin list's "locked"). */
    public boolean throttledAnywhere(String username) {
        Instant now = Instant.now(clock);
        String prefix = key(username) + "|";
        Backoff all = byUsername.get(key(username));
        return (all != null && all.waiting(now))
                || byClient.entrySet().stream()
                        .anyMatch(e ->
                                e.getKey().startsWith(prefix) && e.getValue().waiting(now));
    }

    void failed(String username, String client) {
        Instant now = Instant.now(clock);
        if (byClient.size() > MAX_TRACKED) {
            byClient.values().removeIf(b -> b.stale(now, window));
            byUsername.values().removeIf(b -> b.stale(now, window));
        }
        if (waiting(username, client)) {
            return;
        }
        byClient.computeIfAbsent(key(username, client), k -> new Backoff())
                .fail(now, window, freeFailures, firstDelay, maxDelay);
        byUsername
                .computeIfAbsent(key(username), k -> new Backoff())
                .fail(now, window, freeFailures * USERNAME_FACTOR, firstDelay, USERNAME_MAX_DELAY);
        if (notices.size() < MAX_TRACKED) {
            notices.merge(key(username), new SignInNotice(1, now), (a, b) -> new SignInNotice(a.failures() + 1, now));
        }
    }

    void succeeded(String username, String client) {
        byClient.remove(key(username, client));
    }

    /** The failed sign-ins since the last time the owner was told, once; empty when there were none. */
    public Optional<SignInNotice> takeNotice(String username) {
        return Optional.ofNullable(notices.remove(key(username)));
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        failed(
                event.getAuthentication().getName(),
                client(event.getAuthentication().getDetails()));
    }

    /** The session attribute that holds a {@link SignInNotice} for the page after a form sign-in. */
    public static final String NOTICE_ATTRIBUTE = "recordpath.signInNotice";

    /** A form sign-in (a person at the pages): the failures since the last one are told on the next page. */
    @EventListener
    void onInteractiveSignIn(InteractiveAuthenticationSuccessEvent event) {
        takeNotice(event.getAuthentication().getName()).ifPresent(notice -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
                servlet.getRequest().getSession().setAttribute(NOTICE_ATTRIBUTE, notice);
            }
        });
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(
                event.getAuthentication().getName(),
                client(event.getAuthentication().getDetails()));
    }

    private static String client(Object details) {
        if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return currentClient();
    }

    private static String currentClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return "";
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    private static String key(String username, String client) {
        return key(username) + "|" + client;
    }
}
