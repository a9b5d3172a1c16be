package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.read.PageText;
import org.recordpath.model.fact.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every extractor over the pages of one document. Thread-safe once built; build once and reuse. */
public final class FactExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(FactExtraction.class);

    private final List<Extractor> extractors = List.of(
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
            new StatementExtractor());

    /** The facts of one document, in the order the extractors found them. */
    public List<Fact> extract(String documentId, List<PageText> pages) {
        DocumentText doc = DocumentText.of(documentId, pages);
        List<Fact> facts = new ArrayList<>();
        for (Extractor e : extractors) {
            facts.addAll(e.extract(doc));
        }
        LOG.debug("document {}: {} facts", documentId, facts.size());
        return facts;
    }
}
