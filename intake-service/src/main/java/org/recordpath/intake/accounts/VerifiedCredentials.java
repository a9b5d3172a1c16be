package org.recordpath.intake.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that pays for BCrypt once per password, stored hash and TTL instead of on every request. The
 * JSON API is stateless HTTP Basic, so each call presents the password again; at BCrypt strength 10 that check alone
 * bounded the service to a few requests a second per core (infra/load/RESULTS.md). After a successful match this
 * remembers an HMAC of the stored hash and the password, under a random key that never leaves this process, until
 * the TTL runs out; the same pair then matches without BCrypt. Only successes are remembered, so a wrong password
 * always costs a full check; a changed password has a new hash, so the old one stops matching at once; account
 * status (disabled, locked by the sign-in throttle) is checked by Spring Security on every sign-in as before.
 * Nothing here holds a password or anything that could be checked offline.
 */
final class VerifiedCredentials implements PasswordEncoder {
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder bcrypt;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder bcrypt, Duration ttl, Clock clock) {
        this.bcrypt = bcrypt;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttl.isZero() || rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        String id = mac(encodedPassword, rawPassword);
        Instant now = clock.instant();
        Instant until = remembered.get(id);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(id, now.plus(ttl));
        } else if (until != null) {
            remembered.remove(id);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String mac(String encoded, CharSequence raw) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(encoded.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            byte[] out = hmac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
