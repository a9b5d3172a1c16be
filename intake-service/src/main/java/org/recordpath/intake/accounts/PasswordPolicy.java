package org.recordpath.intake.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The password rules of NIST SP 800-63B (5.1.1.2) for passwords people choose (#11): at least 12 characters for staff
 * roles and 8 for patients (counted as Unicode code points after NFKC normalisation), at most 72 bytes (what BCrypt
 * reads), and not in the deny list of common passwords ({@code accounts/common-passwords.txt}), not the username,
 * not one repeated character. No composition rules (NIST advises against them). Demo accounts are not checked: they
 * exist only with the demo accounts enabled, which the {@code prod} profile refuses.
 */
final class PasswordPolicy {
    static final int STAFF_MIN = 12;
    static final int PATIENT_MIN = 8;
    static final int MAX_BYTES = 72;
    private static final Set<String> DENIED = load("/accounts/common-passwords.txt");

    private PasswordPolicy() {}

    /** Why the password may not be used, if it may not. */
    static Optional<String> refusal(String username, String password, Role role) {
        String normal = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int min = role == Role.PATIENT ? PATIENT_MIN : STAFF_MIN;
        if (normal.codePointCount(0, normal.length()) < min) {
            return Optional.of("the password must have at least " + min + " characters");
        }
        if (normal.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("the password must have at most " + MAX_BYTES + " bytes");
        }
        String lower = normal.toLowerCase(Locale.ROOT);
        if (DENIED.contains(lower) || DENIED.contains(lower.replaceFirst("[\\d\\p{Punct}\\s]+$", ""))) {
            return Optional.of("the password is too common; choose another one (a few unrelated words work well)");
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("the password must not contain the username");
        }
        if (lower.codePoints().distinct().count() == 1) {
            return Optional.of("the password must not be one repeated character");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
