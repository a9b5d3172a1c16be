package org.recordpath.intake.documents;

import java.util.Objects;
import java.util.UUID;

/**
 * What a worker needs to read a document: its ids and display name. Its bytes are encrypted; a worker reads them
 * through {@link Documents#plaintextCopy}.
 */
public record JobDocument(UUID id, UUID patientId, String name) {
    public JobDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
    }
}
