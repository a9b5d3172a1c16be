package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

/** Treatment-history tables read by alignment under their header, columns in any order (#13). */
class TreatmentTableTest {
    private final TreatmentExtractor extractor = new TreatmentExtractor();

    private List<Treatment> courses(String text) {
        return Snippets.affirmed(extractor, text, Fields.TREATMENT).stream()
                .map(f -> ((FactValue.Course) f.value()).treatment())
                .filter(t -> t.bestResponse() != null || t.stoppedReason() != null || Boolean.TRUE.equals(t.ongoing()))
                .sorted(Comparator.comparing(Treatment::drug))
                .toList();
    }

    @Test
    void aRowGivesTheCourseItsResponseAndWhyItStopped() {
        String text = """
                Agent                       Start      Stop       Cycles   Best response                 Outcome
                Decitabine (Dacogen)        07.2025    08.2026    12       PR (partial remission)        stopped: progression
                20 mg/m2 IV d1-5 q28d
                Epoetin alfa (Eprex)        02.2025    06.2025    -        failure (no response)         stopped: no response
                """;
        List<Treatment> t = courses(text);
        assertThat(t).extracting(Treatment::drug).containsExactly("decitabine", "epoetin alfa");
        Treatment dec = t.get(0);
        assertThat(dec.start()).isEqualTo("2025-07");
        assertThat(dec.end()).isEqualTo("2026-08");
        assertThat(dec.cycles()).isEqualTo(12);
        assertThat(dec.bestResponse()).isEqualTo("PR");
        assertThat(dec.stoppedReason()).isEqualTo("progression");
        assertThat(t.get(1).stoppedReason()).isEqualTo("no-response");
    }

    @Test
    void columnsInAnotherOrderWithAnOngoingCourse() {
        String text = """
                Status        Best response (IWG 2018)     # cycles   Regimen                    Start
                active        HI-E (TI >= 8 wk)            -          Luspatercept-aamt          10/2025
                """;
        Treatment t = courses(text).get(0);
        assertThat(t.drug()).isEqualTo("luspatercept");
        assertThat(t.start()).isEqualTo("2025-10");
        assertThat(t.bestResponse()).isEqualTo("HI-E");
        assertThat(t.ongoing()).isTrue();
        assertThat(t.end()).isNull();
        assertThat(t.cycles()).isNull();
    }

    @Test
    void rowsAfterAPendingLineArePlansNotCourses() {
        String text = """
                Agent                 Start      End        Cycles   Best response      Status
                Azacitidine           11/2025    4/2026     6        stable disease     d/c - no response
                Pending / proposed (not started)
                Agent                 Start                          Status
                Venetoclax            -                              proposed
                """;
        assertThat(Snippets.affirmed(extractor, text, Fields.TREATMENT))
                .extracting(f -> ((FactValue.Course) f.value()).treatment().drug())
                .containsOnly("azacitidine");
    }

    // #13: IWG 2018 terms and their plain-language variants, the first written term wins
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "marrow CR (mCR), no HI|mCR",
                "CR|CR",
                "stable disease|SD",
                "HI-P (platelet response, IWG 2018)|HI-P",
                "HI-E (erythroid response): transfusion independent|HI-E",
                "failure (no response)|failure",
                "no response|NR",
                "progressive disease|PD",
                "transfusion independence|TI",
            })
    void responseTerms(String written, String expected) {
        assertThat(new Responses().response(written)).contains(expected);
    }
}
