package org.recordpath.intake.documents;

/** Where a document is in its processing. */
public enum DocumentStatus {
    QUEUED,
    PROCESSING,
    DONE,
    FAILED
}
