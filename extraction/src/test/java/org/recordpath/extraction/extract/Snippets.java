package org.recordpath.extraction.extract;

import java.util.List;
import org.recordpath.extraction.read.PageText;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.ReadMethod;

/** Synthetic one-page documents for extractor tests. */
final class Snippets {
    private Snippets() {}

    static DocumentText doc(String text) {
        return DocumentText.of("synthetic", List.of(new PageText(1, text, ReadMethod.TEXT_LAYER, List.of(), 1.0)));
    }

    static DocumentText ocrDoc(String text) {
        return DocumentText.of("synthetic", List.of(new PageText(1, text, ReadMethod.OCR, List.of(), 0.9)));
    }

    static List<Fact> facts(Extractor extractor, String text, String field) {
        return extractor.extract(doc(text)).stream()
                .filter(f -> f.field().equals(field))
                .toList();
    }

    static List<Fact> affirmed(Extractor extractor, String text, String field) {
        return facts(extractor, text, field).stream()
                .filter(f -> f.context() == Context.AFFIRMED)
                .toList();
    }
}
