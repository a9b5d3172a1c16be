package org.recordpath.intake.processing;

import java.util.UUID;
import org.recordpath.intake.documents.DocumentStatus;

/** A document finished processing (DONE or FAILED); its facts, if any, are committed. */
public record DocumentProcessed(UUID documentId, UUID patientId, DocumentStatus status) {}
