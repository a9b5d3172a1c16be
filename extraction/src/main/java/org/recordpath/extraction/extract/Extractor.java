package org.recordpath.extraction.extract;

import java.util.List;
import org.recordpath.model.fact.Fact;

/** Reads one part of the profile contract from a document's text. */
interface Extractor {
    List<Fact> extract(DocumentText document);
}
