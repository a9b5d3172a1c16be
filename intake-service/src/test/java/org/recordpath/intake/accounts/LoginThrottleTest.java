package org.recordpath.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** #11: sign-in throttling by username and client with growing waits, never a lock anyone can set off. */
class LoginThrottleTest {
    private static final String A = "10.0.0.1";
    private static final String B = "10.0.0.2";
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(clock, 5, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofMinutes(15));

    @Test
    void fiveFailuresFromOneClientMakeThatClientWaitOnlyAndTheWaitsDouble() { // #11
        for (int i = 0; i < 4; i++) {
            throttle.failed("Nav", A);
        }
        assertThat(throttle.waiting("nav", A)).isFalse();
        throttle.failed("nav", A);
        assertThat(throttle.waiting("NAV", A))
                .as("usernames compare without case")
                .isTrue();
        assertThat(throttle.waiting("nav", B))
                .as("the owner elsewhere is not delayed")
                .isFalse();
        assertThat(throttle.throttledAnywhere("nav")).isTrue();

        // hand calculation: failure 5 waits 1 s, failure 6 waits 2 s, failure 7 waits 4 s
        clock.advance(Duration.ofMillis(1001));
        assertThat(throttle.waiting("nav", A)).isFalse();
        throttle.failed("nav", A);
        clock.advance(Duration.ofMillis(1999));
        assertThat(throttle.waiting("nav", A)).isTrue();
        clock.advance(Duration.ofMillis(2));
        throttle.failed("nav", A);
        clock.advance(Duration.ofMillis(3999));
        assertThat(throttle.waiting("nav", A)).isTrue();
        clock.advance(Duration.ofMillis(2));
        assertThat(throttle.waiting("nav", A)).isFalse();
    }

    @Test
    void attemptsWhileWaitingAreNotCounted() { // #11
        for (int i = 0; i < 5; i++) {
            throttle.failed("nav", A);
        }
        for (int i = 0; i < 100; i++) {
            throttle.failed("nav", A);
        }
        clock.advance(Duration.ofMillis(1001));
        assertThat(throttle.waiting("nav", A)).isFalse();
    }

    @Test
    void theLongestWaitIsTheMaximum() { // #11: 1 s doubled 11 times is 2048 s, capped at 15 min
        LoginThrottle patient =
                new LoginThrottle(clock, 1, Duration.ofDays(365), Duration.ofSeconds(1), Duration.ofMinutes(15));
        for (int i = 0; i < 12; i++) {
            patient.failed("nav", A);
            clock.advance(Duration.ofMinutes(16));
        }
        patient.failed("nav", A);
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(patient.waiting("nav", A)).isTrue();
        clock.advance(Duration.ofMillis(2));
        assertThat(patient.waiting("nav", A)).isFalse();
    }

    @Test
    void failuresFromManyClientsSlowEveryoneForAtMostAMinute() { // #11
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "10.9.0." + i);
        }
        assertThat(throttle.waiting("admin", B)).isTrue();
        clock.advance(LoginThrottle.USERNAME_MAX_DELAY.plusMillis(1));
        assertThat(throttle.waiting("admin", B)).isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("nav", A);
        }
        clock.advance(Duration.ofMinutes(15));
        throttle.failed("nav", A);
        assertThat(throttle.waiting("nav", A)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsThatClientsCountAndTheOwnerIsToldOnce() { // #11
        for (int i = 0; i < 4; i++) {
            throttle.failed("nav", A);
        }
        throttle.succeeded("nav", A);
        throttle.failed("nav", A);
        assertThat(throttle.waiting("nav", A)).isFalse();

        assertThat(throttle.takeNotice("NAV")).hasValueSatisfying(n -> {
            assertThat(n.failures()).isEqualTo(5);
            assertThat(n.last()).isEqualTo(clock.instant());
        });
        assertThat(throttle.takeNotice("nav")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
