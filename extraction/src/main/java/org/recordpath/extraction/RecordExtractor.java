package org.recordpath.extraction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.recordpath.extraction.extract.ExtractedFacts;
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

    /**
     * The pipeline the service and the CLI run: FHIR bundles (JSON or XML) go to {@code bundles} (fhir-mappings'
     * importer, which extraction does not know), everything else is read page by page. An exception of type {@code
     * refusal} from the importer means the bundle cannot be imported: the document is unreadable, with the exception's
     * message (plain words, no PHI) as the reason.
     */
    public static RecordExtractor withFhirBundles(BundleImporter bundles, Class<? extends RuntimeException> refusal) {
        StructuredImporter fhir =
                StructuredImporter.forKinds(Set.of(DocumentKind.FHIR_JSON, DocumentKind.FHIR_XML), document -> {
                    try {
                        return bundles.importFacts(document.id(), document.path());
                    } catch (RuntimeException e) {
                        if (refusal.isInstance(e)) {
                            throw new UnreadableDocumentException(document.id(), e.getMessage(), e);
                        }
                        throw e;
                    }
                });
        return new RecordExtractor(List.of(fhir));
    }

    /** Imports the facts of a FHIR bundle stored in a file. */
    @FunctionalInterface
    public interface BundleImporter {
        List<Fact> importFacts(String documentId, Path file);
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
        if (readable.isEmpty()) {
            return new DocumentExtraction(read.documentId(), read.kind(), pages, List.of(), read.warnings());
        }
        ExtractedFacts extracted = extraction.extract(read.documentId(), readable);
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(extracted.warnings());
        return new DocumentExtraction(read.documentId(), read.kind(), pages, extracted.facts(), warnings);
    }

    /** All facts of one patient (from every document) into one profile. */
    public ClinicalProfile reconcile(List<Fact> facts) {
        return facts.isEmpty() ? ClinicalProfile.empty() : reconciler.reconcile(facts);
    }
}
