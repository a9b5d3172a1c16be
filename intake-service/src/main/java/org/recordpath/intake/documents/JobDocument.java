package org.recordpath.intake.documents;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/** What a worker needs to read a document: its ids, display name and where its bytes are. */
public record JobDocument(UUID id, UUID patientId, String name, Path path) {
    public JobDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(path, "path");
    }
}
