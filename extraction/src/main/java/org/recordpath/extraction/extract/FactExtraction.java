package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.read.PageText;
import org.recordpath.model.fact.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every extractor over the pages of one document. An extractor that throws loses only its own facts: the others'
 * facts are kept and the document gets a warning (#12). Thread-safe once built; build once and reuse.
 */
public final class FactExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(FactExtraction.class);

    private final List<Extractor> extractors;

    public FactExtraction() {
        this(List.of(
                new DemographicsExtractor(),
                new DiagnosisExtractor(),
                new LabExtractor(),
                new MarrowExtractor(),
                new KaryotypeExtractor(),
                new MutationExtractor(),
                new TreatmentExtractor(),
                new TransfusionExtractor(),
                new RiskExtractor(),
                new ClinicalExtractor(),
                new StatementExtractor()));
    }

    FactExtraction(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** The facts of one document, in the order the extractors found them, and a warning per failed extractor. */
    public ExtractedFacts extract(String documentId, List<PageText> pages) {
        DocumentText doc = DocumentText.of(documentId, pages);
        List<Fact> facts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Extractor e : extractors) {
            try {
                facts.addAll(e.extract(doc));
            } catch (RuntimeException | StackOverflowError failure) {
                String name = e.getClass().getSimpleName();
                // the exception's message may quote the document: only its type above DEBUG
                LOG.warn(
                        "document {}: {} failed with {}",
                        documentId,
                        name,
                        failure.getClass().getName());
                LOG.debug("document {}: {} failed", documentId, name, failure);
                warnings.add("some facts could not be read from this document: " + name
                        + " failed (an internal error; the other facts are kept)");
            }
        }
        LOG.debug("document {}: {} facts", documentId, facts.size());
        return new ExtractedFacts(facts, warnings);
    }
}
