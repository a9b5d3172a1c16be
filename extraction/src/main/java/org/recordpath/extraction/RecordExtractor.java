package org.recordpath.extraction;

import java.util.List;
import org.recordpath.extraction.extract.FactExtraction;
import org.recordpath.extraction.read.DocumentReader;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.read.ReadDocument;
import org.recordpath.extraction.reconcile.ProfileReconciler;
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
    private final FactExtraction extraction = new FactExtraction();
    private final ProfileReconciler reconciler = new ProfileReconciler();

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
        return extract(read);
    }

    /** The facts of a document already read into page texts (by {@link DocumentReader} or another reader). */
    public DocumentExtraction extract(ReadDocument read) {
        List<PageReading> pages = read.pages().stream()
                .map(p -> new PageReading(
                        p.page(), p.method(), p.confidence(), p.text().length()))
                .toList();
        List<PageText> readable =
                read.pages().stream().filter(p -> !p.text().isBlank()).toList();
        List<Fact> facts = readable.isEmpty() ? List.of() : extraction.extract(read.documentId(), readable);
        return new DocumentExtraction(read.documentId(), read.kind(), pages, facts, read.warnings());
    }

    /** All facts of one patient (from every document) into one profile. */
    public ClinicalProfile reconcile(List<Fact> facts) {
        return facts.isEmpty() ? ClinicalProfile.empty() : reconciler.reconcile(facts);
    }
}
