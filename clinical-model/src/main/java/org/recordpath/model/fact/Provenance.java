package org.recordpath.model.fact;

import java.util.Objects;

/**
 * Where a value came from: the document, the 1-based page, the character span on that page's text, the pixel box
 * when the page was read by OCR, the matched text, how the page was read and how sure the reading was (0..1).
 * For FHIR documents {@code page} is 1 and {@code text} names the resource and path ("Observation/123 valueQuantity").
 *
 * @param span null when the source has no character offsets (FHIR)
 * @param box null unless the page was read by OCR
 */
public record Provenance(
        String document, int page, Span span, Box box, String text, ReadMethod method, double confidence) {
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
}
