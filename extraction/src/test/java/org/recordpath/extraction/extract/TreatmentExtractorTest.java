package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

class TreatmentExtractorTest {
    private final TreatmentExtractor treatments = new TreatmentExtractor();

    private Treatment first(String text) {
        return ((FactValue.Course) Snippets.affirmed(treatments, text, Fields.TREATMENT)
                        .get(0)
                        .value())
                .treatment();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Vidaza 75 mg/m2 from 01/2025, 4 cycles.|azacitidine|1251",
                "Dacogen x 5 days from 02/2025, 3 cycles.|decitabine|15657",
                "Inqovi started 03/2025, 2 cycles.|decitabine-cedazuridine|",
                "Revlimid 10 mg started 04/2025.|lenalidomide|342369",
                "Retacrit 40,000 units weekly started 05/2025.|epoetin alfa|",
                "Aranesp started 06/2025.|darbepoetin alfa|",
                "Exjade started 07/2025.|deferasirox|",
                "Promacta started 08/2025.|eltrombopag|711942",
                "Tibsovo started 09/2025.|ivosidenib|2049873",
            })
    void brandNamesMapToGenericNamesAndRxNorm(String text, String generic, String rxnorm) {
        Treatment t = first(text);
        assertThat(t.drug()).isEqualTo(generic);
        assertThat(t.rxnorm()).isEqualTo(rxnorm);
    }

    @Test
    void aCourseCarriesItsDatesCyclesResponseAndWhyItStopped() {
        Treatment t =
                first("- Azacitidine (Vidaza) 75 mg/m2 d1-7 from May-2025 to Mar-2026, 10 cycles. Best response:\n"
                        + "  platelet response (HI-P); stopped for disease progression.\n- Next item.");
        assertThat(t.start()).isEqualTo("2025-05");
        assertThat(t.end()).isEqualTo("2026-03");
        assertThat(t.cycles()).isEqualTo(10);
        assertThat(t.bestResponse()).isEqualTo("HI-P");
        assertThat(t.stoppedReason()).isEqualTo("progression");
    }

    @Test
    void anOngoingCourseHasNoEnd() {
        Treatment t = first("Azacitidine 75 mg/m2 from 08/2026 (ongoing), 2 cycles. Best response: not yet assessed.");
        assertThat(t.ongoing()).isTrue();
        assertThat(t.end()).isNull();
        assertThat(t.bestResponse()).isEqualTo("unknown");
    }

    @Test
    void aLostResponseIsTheReasonForStopping() {
        Treatment t =
                first("Epoetin alfa 40,000 units weekly from Oct-2023 to Apr-2024; stopped after loss of response.");
        assertThat(t.stoppedReason()).isEqualTo("loss-of-response");
    }

    @Test
    void cyclesAndStartBeforeTheDrugCount() {
        Treatment t = first("Since 02/2025 she has received 6 cycles of azacitidine.");
        assertThat(t.cycles()).isEqualTo(6);
        assertThat(t.start()).isEqualTo("2025-02");
    }

    @Test
    void serumEpoIsNotTheDrug() {
        assertThat(Snippets.facts(treatments, "EPO 280 mU/mL on 01/05/2026.", Fields.TREATMENT))
                .isEmpty();
    }

    @Test
    void aDrugNamedOnlyAsATargetIsNoTreatment() {
        assertThat(Snippets.facts(treatments, "IDH2 R140Q is targetable with enasidenib.", Fields.TREATMENT))
                .isEmpty();
    }

    @Test
    void noPriorTherapyMeansTheHistoryIsComplete() {
        var f = Snippets.affirmed(treatments, "No prior disease-directed therapy.", Fields.TREATMENTS_COMPLETE);
        assertThat(f).extracting(x -> x.value().display()).containsExactly("yes");
    }
}
