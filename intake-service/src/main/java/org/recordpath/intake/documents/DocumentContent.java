package org.recordpath.intake.documents;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The stored bytes of a document the caller may see.
 *
 * @param contentType as detected when it was read; null before
 */
public record DocumentContent(UUID id, UUID patientId, String name, String contentType, Path path) {}
