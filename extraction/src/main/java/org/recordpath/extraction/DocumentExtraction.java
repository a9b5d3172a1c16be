package org.recordpath.extraction;

import java.util.List;
import org.recordpath.model.fact.Fact;

/** What was read from one document: its kind, how each page was read, the facts and the warnings (no PHI). */
public record DocumentExtraction(
        String documentId, DocumentKind kind, List<PageReading> pages, List<Fact> facts, List<String> warnings) {
    public DocumentExtraction {
        pages = List.copyOf(pages);
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
