package org.recordpath.intake.accounts;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in account making a request.
 *
 * @param patientId the patient record a PATIENT account is bound to; null for other roles
 */
public record Viewer(UUID accountId, String username, Role role, UUID patientId) {
    public Viewer {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.PATIENT && patientId == null) {
            throw new IllegalArgumentException("a patient account is bound to a patient record");
        }
    }

    public Optional<UUID> boundPatient() {
        return Optional.ofNullable(patientId);
    }

    public boolean is(Role other) {
        return role == other;
    }
}
