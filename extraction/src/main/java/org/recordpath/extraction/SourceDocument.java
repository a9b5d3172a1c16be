package org.recordpath.extraction;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A stored document to read. The type is detected from the content, never from {@code name}.
 *
 * @param id stable id used in provenance (the service's document id, or the file name in the CLI)
 * @param name the name it was uploaded under, for messages only
 * @param path where its bytes are (plain, already decrypted)
 */
public record SourceDocument(String id, String name, Path path) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        name = name == null ? path.getFileName().toString() : name;
    }

    public static SourceDocument of(Path path) {
        return new SourceDocument(
                path.getFileName().toString(), path.getFileName().toString(), path);
    }
}
