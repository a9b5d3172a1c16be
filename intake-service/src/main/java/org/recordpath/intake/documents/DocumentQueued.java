package org.recordpath.intake.documents;

import java.util.UUID;

/** A document was stored or re-queued and waits for a worker (published inside the committing transaction). */
public record DocumentQueued(UUID documentId, UUID patientId) {}
