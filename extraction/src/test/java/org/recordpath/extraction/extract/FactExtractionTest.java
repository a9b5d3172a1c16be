package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.extraction.read.PageText;
import org.recordpath.model.fact.ReadMethod;

class FactExtractionTest {
    private static final List<PageText> PAGES =
            List.of(new PageText(1, "Hemoglobin 9.1 g/dL\nPlatelets 85 K/uL\n", ReadMethod.TEXT_LAYER, List.of(), 1.0));

    /** An extractor with a bug: it throws on every document. */
    private static final class Broken implements Extractor {
        @Override
        public List<org.recordpath.model.fact.Fact> extract(DocumentText document) {
            throw new IllegalStateException("Hemoglobin 9.1 is not expected here");
        }
    }

    @Test // #12
    void oneExtractorThatThrowsCostsOnlyItsOwnFactsAndLeavesAWarningWithoutDocumentText() {
        FactExtraction extraction = new FactExtraction(List.of(new Broken(), new LabExtractor()));

        ExtractedFacts extracted = extraction.extract("doc-1", PAGES);

        assertThat(extracted.facts())
                .extracting(f -> f.field())
                .containsExactlyInAnyOrder("labs.hemoglobin", "labs.platelets");
        assertThat(extracted.warnings())
                .singleElement()
                .asString()
                .contains("Broken failed")
                .doesNotContain("9.1");
    }

    @Test
    void withoutFailuresThereIsNoWarning() {
        ExtractedFacts extracted = new FactExtraction().extract("doc-1", PAGES);

        assertThat(extracted.facts()).isNotEmpty();
        assertThat(extracted.warnings()).isEmpty();
    }
}
