package org.recordpath.extraction;

import java.util.List;
import org.recordpath.extraction.read.DocumentReader;
import org.recordpath.extraction.read.ReadDocument;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * The extraction pipeline: one document at a time into facts ({@link #read}), and all facts of a patient into a
 * profile ({@link #reconcile}). Thread-safe.
 */
public final class RecordExtractor {
    private final List<StructuredImporter> importers;

    private final DocumentReader reader = new DocumentReader();

    public RecordExtractor(List<StructuredImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public DocumentExtraction read(SourceDocument document, ProgressListener progress)
            throws UnreadableDocumentException {
        DocumentKind kind = reader.sniff(document);
        for (StructuredImporter importer : importers) {
            if (importer.accepts(kind)) {
                return new DocumentExtraction(
                        document.id(),
                        kind,
                        List.of(new PageReading(1, ReadMethod.FHIR, 1.0, 0)),
                        importer.importFacts(document, kind),
                        List.of());
            }
        }
        ReadDocument read = reader.read(document, kind, progress);
        List<PageReading> pages = read.pages().stream()
                .map(p -> new PageReading(
                        p.page(), p.method(), p.confidence(), p.text().length()))
                .toList();
        return new DocumentExtraction(document.id(), kind, pages, List.of(), read.warnings());
    }

    public ClinicalProfile reconcile(List<Fact> facts) {
        return ClinicalProfile.empty();
    }
}
