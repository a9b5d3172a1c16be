package org.recordpath.guidance.boundary;

import java.util.Optional;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;

/**
 * When a reading waits for a navigator: read by OCR with a confidence below {@link #OCR_CONFIDENCE}, or repaired by
 * a rule before it could be read, and not yet reviewed. Such a value is shown but decides nothing. A structured value
 * that its own grammar accepts (an ISCN the karyotype parser reads, a variant whose HGVS parses) is checked by that
 * grammar instead of the word confidence; a repaired one still waits.
 */
public final class ReviewRule {
    /**
     * Mean Tesseract word confidence (0..1) of the words a value was read from. Measured on the dev corpus scans
     * (issue #10): every lab value and clinical statement read by OCR came with 0.88 or more (median 0.95), so 0.80
     * holds back a clearly worse reading without touching clean scans. Correct ISCN strings and gene names read at
     * 0.25-0.67 (Tesseract scores brackets and codes low), which is why those are checked by their grammar instead.
     */
    public static final double OCR_CONFIDENCE = 0.80;

    private ReviewRule() {}

    /** Why the value waits for review, or empty when it may decide. */
    public static Optional<String> waits(Provenance p) {
        return waits(p, false);
    }

    /**
     * As {@link #waits(Provenance)}; {@code grammarChecked} true when the value passed the parser of its notation,
     * which then stands in for the word confidence.
     */
    public static Optional<String> waits(Provenance p, boolean grammarChecked) {
        if (p == null || p.reviewed()) {
            return Optional.empty();
        }
        if (p.repair() != null) {
            return Optional.of("repaired by a rule (" + p.repair() + "); waits for review");
        }
        if (!grammarChecked && p.method() == ReadMethod.OCR && p.confidence() < OCR_CONFIDENCE) {
            return Optional.of("read by OCR with confidence " + Math.round(p.confidence() * 100) + " % (below "
                    + Math.round(OCR_CONFIDENCE * 100) + " %); waits for review");
        }
        return Optional.empty();
    }
}
