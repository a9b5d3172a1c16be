package org.recordpath.guidance.pack;

/** Outcome of one pathway (pathways.md section 0.3). */
public enum Status {
    MATCH,
    POSSIBLE,
    NOT_MATCHED
}
