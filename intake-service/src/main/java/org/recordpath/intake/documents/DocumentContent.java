package org.recordpath.intake.documents;

import java.io.InputStream;
import java.util.Objects;

/**
 * A document's original bytes, decrypted as they are read; whoever receives it closes {@code stream}.
 *
 * @param contentType the detected media type; null until the document has been read once
 * @param size the number of plaintext bytes
 */
public record DocumentContent(String name, String contentType, long size, InputStream stream) {
    public DocumentContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stream, "stream");
    }
}
