package org.recordpath.extraction.extract;

import java.time.LocalDate;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.Span;

/**
 * Where on a page a value was read: makes the provenance and the fact. The provenance box is the union of the boxes of
 * the words the span covers, for every reading method that has word boxes (text layer and OCR alike), in the
 * coordinates {@link org.recordpath.model.fact.Box} documents.
 */
record Evidence(String documentId, PageLines page, int start, int end) {

    public Provenance provenance() {
        PageText p = page.page();
        int s = Math.max(0, Math.min(start, p.text().length()));
        int e = Math.max(s, Math.min(end, p.text().length()));
        return new Provenance(
                documentId,
                p.page(),
                new Span(s, e),
                p.boxOf(s, e).orElse(null),
                p.text().substring(s, e),
                p.method(),
                clamp(p.confidenceOf(s, e)));
    }

    /** A fact whose confidence is the reading confidence times how sure the pattern is. */
    public Fact fact(String field, FactValue value, LocalDate asOf, double patternConfidence, Context context) {
        Provenance prov = provenance();
        return new Fact(field, value, asOf, prov, clamp(prov.confidence() * patternConfidence), context);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
