package org.recordpath.model.fact;

import java.util.Objects;

/**
 * Where a value came from: the document, the 1-based page, the character span on that page's text, the pixel box of
 * that text on the page, the matched text, how the page was read and how sure the reading was (0..1). For FHIR
 * documents {@code page} is 1 and {@code text} names the resource and path ("Observation/123 valueQuantity").
 *
 * <p>The box's coordinate system is the same for every reading method of a page, so a viewer can draw it over the page
 * image without knowing how the page was read: pixels, origin at the top left corner,
 *
 * <ul>
 *   <li>PDF pages (text layer and OCR alike): the page's crop box rendered at the reader's resolution (300 dpi by
 *       default), i.e. one PDF point is 300/72 pixels; OCR of a page rendered at a lower resolution (huge pages) is
 *       scaled back to it;
 *   <li>images (photos, scans, TIFF pages): the image as uploaded, turned upright by its EXIF orientation as a browser
 *       shows it.
 * </ul>
 *
 * A page image rendered at another resolution scales the box by its own dpi over the reader's.
 *
 * @param span null when the source has no character offsets (FHIR)
 * @param box the union of the boxes of the words the span covers; null only when the source has no positions (plain
 *     text files, FHIR)
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
