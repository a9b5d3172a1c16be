package org.recordpath.intake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final String hash = bcrypt.encode("right");
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicBoolean disabled = new AtomicBoolean();
    private final AtomicBoolean locked = new AtomicBoolean();
    private Instant now = Instant.parse("2026-11-27T05:00:00Z");

    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    private final UserDetailsService users = username -> User.withUsername(username)
            .password(hash)
            .roles("NAVIGATOR")
            .disabled(disabled.get())
            .accountLocked(locked.get())
            .build();

    private final DaoAuthenticationProvider provider = provider(Duration.ofMinutes(5));

    /** Spring's provider as the service wires it, with the remembering encoder around a counting BCrypt. */
    private DaoAuthenticationProvider provider(Duration ttl) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(new VerifiedCredentials(counting, ttl, clock));
        return dao;
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void theSameCredentialsAreCheckedWithBcryptOncePerTtl() {
        for (int i = 0; i < 5; i++) {
            Authentication a = provider.authenticate(basic("navigator", "right"));
            assertThat(a.isAuthenticated()).isTrue();
            assertThat(a.getAuthorities()).extracting(Object::toString).contains("ROLE_NAVIGATOR");
        }
        assertThat(checks).hasValue(1);

        now = now.plus(Duration.ofMinutes(6));
        provider.authenticate(basic("navigator", "right"));
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverAcceptedFromMemoryAndAlwaysCostsAFullCheck() {
        provider.authenticate(basic("navigator", "right"));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> provider.authenticate(basic("navigator", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(3);
        provider.authenticate(basic("navigator", "right"));
        assertThat(checks).hasValue(3);
    }

    @Test
    void aDisabledOrLockedAccountIsRefusedEvenWhenItsPasswordWasJustChecked() {
        provider.authenticate(basic("navigator", "right"));

        locked.set(true);
        assertThatThrownBy(() -> provider.authenticate(basic("navigator", "right")))
                .isInstanceOf(LockedException.class);
        locked.set(false);
        disabled.set(true);
        assertThatThrownBy(() -> provider.authenticate(basic("navigator", "right")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void aChangedPasswordHashNoLongerMatchesTheRememberedPassword() {
        VerifiedCredentials encoder = new VerifiedCredentials(counting, Duration.ofMinutes(5), Clock.systemUTC());
        assertThat(encoder.matches("right", hash)).isTrue();
        String newHash = bcrypt.encode("changed");
        assertThat(encoder.matches("right", newHash)).isFalse();
        assertThat(encoder.matches("changed", newHash)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aZeroTtlChecksEveryTime() {
        DaoAuthenticationProvider always = provider(Duration.ZERO);
        always.authenticate(basic("navigator", "right"));
        always.authenticate(basic("navigator", "right"));
        assertThat(checks).hasValue(2);
    }
}
