package org.recordpath.guidance.boundary;

import java.util.Optional;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;

/**
 * When a reading waits for a navigator: read by OCR with a confidence below {@link #OCR_CONFIDENCE}, or repaired by
 * a rule before it could be read, and not yet reviewed. Such a value is shown but decides nothing.
 */
public final class ReviewRule {
    /**
     * Mean Tesseract word confidence (0..1) of the words a value was read from. Clean scans of the dev corpus read
     * their decisive values at 0.86 or more; the misreadings seen on held-out scans (a lost decimal point, 1/7 and 0/8
     * swaps) came with word confidences in the 0.4-0.7 band. 0.80 keeps the former and holds back the latter.
     */
    public static final double OCR_CONFIDENCE = 0.80;

    private ReviewRule() {}

    /** Why the value waits for review, or empty when it may decide. */
    public static Optional<String> waits(Provenance p) {
        if (p == null || p.reviewed()) {
            return Optional.empty();
        }
        if (p.repair() != null) {
            return Optional.of("repaired by a rule (" + p.repair() + "); waits for review");
        }
        if (p.method() == ReadMethod.OCR && p.confidence() < OCR_CONFIDENCE) {
            return Optional.of("read by OCR with confidence " + Math.round(p.confidence() * 100) + " % (below "
                    + Math.round(OCR_CONFIDENCE * 100) + " %); waits for review");
        }
        return Optional.empty();
    }
}
