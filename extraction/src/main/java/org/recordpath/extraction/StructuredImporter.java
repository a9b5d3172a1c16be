package org.recordpath.extraction;

import java.util.List;
import java.util.Set;
import org.recordpath.model.fact.Fact;

/**
 * Turns a structured document (a FHIR bundle) straight into facts. Implemented outside this module (fhir-mappings)
 * and handed to {@link RecordExtractor}, so that extraction does not depend on HAPI.
 */
public interface StructuredImporter {
    boolean accepts(DocumentKind kind);

    List<Fact> importFacts(SourceDocument document, DocumentKind kind) throws UnreadableDocumentException;

    /** Reads the facts of one structured document. */
    @FunctionalInterface
    interface FactReader {
        List<Fact> read(SourceDocument document) throws UnreadableDocumentException;
    }

    /** An importer for the given kinds of document. */
    static StructuredImporter forKinds(Set<DocumentKind> kinds, FactReader reader) {
        Set<DocumentKind> accepted = Set.copyOf(kinds);
        return new StructuredImporter() {
            @Override
            public boolean accepts(DocumentKind kind) {
                return accepted.contains(kind);
            }

            @Override
            public List<Fact> importFacts(SourceDocument document, DocumentKind kind)
                    throws UnreadableDocumentException {
                return reader.read(document);
            }
        };
    }
}
