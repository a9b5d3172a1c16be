package org.recordpath.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.extraction.read.PageText;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.ReadMethod;

class TextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "03/31/2026|2026-03-31",
                "2026-03-31|2026-03-31",
                "31-Mar-2026|2026-03-31",
                "31/03/2026|2026-03-31",
                "March 31, 2026|2026-03-31",
                "31 March 2026|2026-03-31",
                "Mar-2026|2026-03-01",
                "08/2026|2026-08-01",
                "31.03.2026|2026-03-31",
                "2026/03/31|2026-03-31",
                "09JUN2026|2026-06-09", // #13
                "07.2025|2025-07-01",
            })
    void datesInCommonFormats(String written, LocalDate expected) {
        assertThat(Dates.find("on " + written + " "))
                .extracting(DateMention::date)
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FAMILY HISTORY|FAMILY_HISTORY",
                "Impression:|ASSESSMENT",
                "Follow-up / Plan|PLAN",
                "Recommendations|PLAN",
                "GENES ANALYZED WITH NO VARIANTS DETECTED|NEGATIVE_GENES",
                "FLOW CYTOMETRY|FLOW",
            })
    void headingsOpenSections(String heading, SectionKind kind) {
        assertThat(new Sections().headingOf(heading)).contains(kind);
    }

    @Test
    void aLongSentenceIsNoHeading() {
        assertThat(new Sections().headingOf("Plan to repeat the marrow in three months after four cycles."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The patient denies bleeding.|bleeding|NEGATED",
                "Mother had colon cancer.|colon cancer|FAMILY",
                "We will start azacitidine.|azacitidine|HYPOTHETICAL",
                "Her hemoglobin was 7.9 g/dL previously.|7.9|HISTORICAL",
                "Bone marrow biopsy 12-May-2026: 55% cellular.|55%|AFFIRMED",
                "Circulating blasts 3%.|3%|OTHER_SPECIMEN",
            })
    void mentionsGetTheirContext(String text, String mention, Context expected) {
        PageLines page = PageLines.of(new PageText(1, text, ReadMethod.TEXT_LAYER, List.of(), 1.0), SectionKind.OTHER);
        int start = text.indexOf(mention);
        Context c = new ContextDetector().classify(page, start, start + mention.length(), EnumSet.allOf(Context.class));
        assertThat(c).isEqualTo(expected);
    }

    @Test
    void aWrappedLineStaysInItsSentence() {
        String text = "Best response:\n  platelet response (HI-P), stopped.\nNext line.";
        int[] s = Scope.sentence(text, text.indexOf("platelet"), text.indexOf("platelet") + 8);
        assertThat(text.substring(s[0], s[1])).contains("Best response").doesNotContain("Next");
    }
}
