package org.recordpath.extraction.extract;

import java.util.List;
import org.recordpath.model.fact.Fact;

/** The facts read from one document's pages, and a warning (no PHI) for each extractor that failed on it. */
public record ExtractedFacts(List<Fact> facts, List<String> warnings) {
    public ExtractedFacts {
        facts = List.copyOf(facts);
        warnings = List.copyOf(warnings);
    }
}
