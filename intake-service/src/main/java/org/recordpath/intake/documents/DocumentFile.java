package org.recordpath.intake.documents;

import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;

/**
 * A decrypted, owner-only copy of a document the caller may see (for rendering its pages); closing it deletes the
 * copy.
 *
 * @param contentType as detected when it was read; null before
 */
public record DocumentFile(UUID id, UUID patientId, String name, String contentType, PlaintextFile plain)
        implements AutoCloseable {
    public DocumentFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plain, "plain");
    }

    public Path path() {
        return plain.path();
    }

    @Override
    public void close() {
        plain.close();
    }
}
