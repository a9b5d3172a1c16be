package org.recordpath.intake.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength log2 rounds of BCrypt (10 by default; tests may lower it)
 * @param loginMaxFailures failed sign-ins of one username from one client within {@code loginFailureWindow} before
 *     that client has to wait before each further attempt
 * @param loginFailureWindow how far back failed sign-ins count
 * @param loginLockout the longest wait of one client (the waits double from {@code loginFirstDelay})
 * @param loginFirstDelay the first wait
 */
@ConfigurationProperties("recordpath.security")
record SecuritySettings(
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("15m") Duration loginLockout,
        @DefaultValue("1s") Duration loginFirstDelay) {
    SecuritySettings {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("recordpath.security.bcrypt-strength must be within 4..31");
        }
        if (loginMaxFailures < 1) {
            throw new IllegalArgumentException("recordpath.security.login-max-failures must be at least 1");
        }
    }
}
