package org.recordpath.intake.patients;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A patient record as listed: its id, an optional (synthetic) display name, when it was created. */
public record PatientSummary(UUID id, String displayName, Instant createdAt) {
    public PatientSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
