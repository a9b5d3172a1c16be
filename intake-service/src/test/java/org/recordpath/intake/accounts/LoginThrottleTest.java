package org.recordpath.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void fiveFailuresWithinTheWindowLockForTheLockoutThenItIsOver() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Nav");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.locked("nav")).isFalse();

        throttle.failed("nav");

        assertThat(throttle.locked("NAV")).as("usernames compare without case").isTrue();
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.locked("nav")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.locked("nav")).isFalse();
        throttle.failed("nav");
        assertThat(throttle.locked("nav"))
                .as("the count starts again after a lockout")
                .isFalse();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("nav");
        }
        clock.advance(Duration.ofMinutes(16));

        throttle.failed("nav");

        assertThat(throttle.locked("nav")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndOtherUsernamesAreUnaffected() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("nav");
        }
        throttle.succeeded("nav");
        throttle.failed("nav");
        for (int i = 0; i < 5; i++) {
            throttle.failed("other");
        }

        assertThat(throttle.locked("nav")).isFalse();
        assertThat(throttle.locked("other")).isTrue();
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
