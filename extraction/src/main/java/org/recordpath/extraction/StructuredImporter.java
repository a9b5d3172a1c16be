package org.recordpath.extraction;

import java.util.List;
import org.recordpath.model.fact.Fact;

/**
 * Turns a structured document (a FHIR bundle) straight into facts. Implemented outside this module (fhir-mappings)
 * and handed to {@link RecordExtractor}, so that extraction does not depend on HAPI.
 */
public interface StructuredImporter {
    boolean accepts(DocumentKind kind);

    List<Fact> importFacts(SourceDocument document, DocumentKind kind) throws UnreadableDocumentException;
}
