package org.recordpath.intake.processing;

import java.util.UUID;

/** A reviewer confirmed, corrected or rejected a fact of the document; the patient's guidance may change. */
public record FactsReviewed(UUID documentId, UUID patientId) {}
