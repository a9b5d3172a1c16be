package org.recordpath.intake.accounts;

import java.util.Objects;
import java.util.UUID;

/** A request to create an account; the password is hashed with BCrypt and never stored. */
public record NewAccount(String username, String password, Role role, UUID patientId, boolean demo) {
    public NewAccount {
        Objects.requireNonNull(role, "role");
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("a username is 1-100 letters, digits or . _ @ -");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a password is required");
        }
        if ((role == Role.PATIENT) != (patientId != null)) {
            throw new IllegalArgumentException("exactly the PATIENT accounts are bound to a patient record");
        }
    }
}
