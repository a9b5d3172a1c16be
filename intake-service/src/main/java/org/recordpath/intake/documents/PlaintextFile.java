package org.recordpath.intake.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A decrypted copy of a document for a reader that needs a file; closing it deletes the copy. */
public final class PlaintextFile implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PlaintextFile.class);
    private final Path path;

    PlaintextFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Deletes the copy; a copy that cannot be deleted is logged and removed at the next start. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.error("plaintext copy {} could not be deleted", path.getFileName(), e);
        }
    }
}
