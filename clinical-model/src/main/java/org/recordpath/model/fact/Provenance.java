package org.recordpath.model.fact;

import java.util.Objects;

/**
 * Where a value came from: the document, the 1-based page, the character span on that page's text, the pixel box
 * when the page was read by OCR, the matched text, how the page was read and how sure the reading was (0..1).
 * For FHIR documents {@code page} is 1 and {@code text} names the resource and path ("Observation/123 valueQuantity").
 *
 * @param span null when the source has no character offsets (FHIR)
 * @param box null unless the page was read by OCR
 * @param repair the rule that repaired the reading before it could be read (e.g. an OCR repair of an ISCN string),
 *     null when the value was read as written
 * @param reviewed true once a navigator confirmed or corrected the value
 */
public record Provenance(
        String document,
        int page,
        Span span,
        Box box,
        String text,
        ReadMethod method,
        double confidence,
        String repair,
        boolean reviewed) {
    public Provenance {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(method, "method");
        if (page < 1) {
            throw new IllegalArgumentException("page numbers start at 1, got " + page);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
        text = text == null ? "" : text;
    }

    /** A value read as written and not reviewed yet. */
    public Provenance(
            String document, int page, Span span, Box box, String text, ReadMethod method, double confidence) {
        this(document, page, span, box, text, method, confidence, null, false);
    }

    /** The same source, marked as confirmed by a navigator. */
    public Provenance asReviewed() {
        return new Provenance(document, page, span, box, text, method, confidence, repair, true);
    }

    /** The same source, marked as repaired by the named rule. */
    public Provenance withRepair(String rule) {
        return new Provenance(document, page, span, box, text, method, confidence, rule, reviewed);
    }
}
