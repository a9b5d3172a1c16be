package org.recordpath.intake.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param bcryptStrength log2 rounds of BCrypt (10 by default; tests may lower it) */
@ConfigurationProperties("recordpath.security")
record SecuritySettings(@DefaultValue("10") int bcryptStrength) {
    SecuritySettings {
        if (bcryptStrength < 4 || bcryptStrength > 31) {
            throw new IllegalArgumentException("recordpath.security.bcrypt-strength must be within 4..31");
        }
    }
}
