package org.recordpath.intake.processing;

/** What a reviewer decided about one extracted fact. */
public enum ReviewAction {
    CONFIRMED,
    CORRECTED,
    REJECTED
}
