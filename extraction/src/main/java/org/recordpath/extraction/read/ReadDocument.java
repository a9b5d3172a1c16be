package org.recordpath.extraction.read;

import java.util.List;
import org.recordpath.extraction.DocumentKind;

/** A document read into page texts, with warnings (no PHI) about pages that could not be read. */
public record ReadDocument(String documentId, DocumentKind kind, List<PageText> pages, List<String> warnings) {
    public ReadDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
