package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;

class LabExtractorTest {
    private final LabExtractor labs = new LabExtractor();

    private static BigDecimal value(Fact f) {
        return ((FactValue.Measured) f.value()).value();
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Hgb 9.2 g/dL|labs.hemoglobin|9.2",
                "Hemoglobin 92 g/L|labs.hemoglobin|9.2",
                "Hb 5.0 mmol/L|labs.hemoglobin|8.057",
                "Plt 45 K/uL|labs.platelets|45",
                "Platelets 45,000 /uL|labs.platelets|45",
                "platelets 45,000|labs.platelets|45",
                "PLT 150 x10^3/mm3|labs.platelets|150",
                "Platelet count 88 x10*9/L|labs.platelets|88",
                "Platelets 88 ×10⁹/L|labs.platelets|88",
                "PLT 88 /nL|labs.platelets|88",
                "PLT 88 xl0%9/L|labs.platelets|88",
                "ANC 2.10 x10“9/L|labs.anc|2.1",
                "WBC 3.2 10^3/uL|labs.wbc|3.2",
                "ANC 1,200|labs.anc|1.2",
                "ANC 1200 cells/uL|labs.anc|1.2",
                "Neutrophils, absolute 0.8 G/L|labs.anc|0.8",
                "MCV 104 fL|labs.mcv|104",
                "serum EPO 160 mU/mL|labs.serumEpo|160",
                "Erythropoietin, serum 85 IU/L|labs.serumEpo|85",
                "Ferritin 1,450 ng/mL|labs.ferritin|1450",
                "ferritin 900 ug/L|labs.ferritin|900",
            })
    void convertsWrittenUnitsToCanonicalUnits(String text, String field, String expected) {
        List<Fact> found = Snippets.facts(labs, "Labs 01/05/2026: " + text + ".", field);
        assertThat(found).isNotEmpty();
        assertThat(value(found.get(0))).isEqualByComparingTo(expected);
    }

    @Test
    void aResultsTableRowWhoseLabelOcrMisreadInOneLetterIsStillRead() {
        String text = "Hematology / Chemistry\n"
                + "Test 13-Jan-2026 03-Feb-2026 31-Mar-2026 Units Ref range\n"
                + "WBC 4.2 4.1 4.0 xl0*9/L_\u20144.0-11.0\n"
                + "Pit 300 295 290 xl0%9/L 150-400\n";
        List<Fact> plt = Snippets.facts(labs, text, "labs.platelets");
        assertThat(plt)
                .extracting(LabExtractorTest::value)
                .map(BigDecimal::intValue)
                .containsExactlyInAnyOrder(300, 295, 290);
        assertThat(plt).allMatch(f -> f.confidence() < 1.0);
    }

    @Test
    void anOcrReadingThatMayHaveLostItsDecimalPointIsNotKept() {
        String row =
                "Test Result Units Ref range\nWBC 29 10%3/uL 4.0-11.0\nHgb 81 g/dL 12.0-15.5\nMCV 102 fL 80.0-100.0\n";
        var ocr = labs.extract(Snippets.ocrDoc(row));
        assertThat(ocr).noneMatch(f -> f.field().equals("labs.wbc"));
        assertThat(ocr).noneMatch(f -> f.field().equals("labs.hemoglobin"));
        assertThat(ocr)
                .filteredOn(f -> f.field().equals("labs.mcv"))
                .extracting(f -> value(f).intValueExact())
                .containsExactly(102);
        // A serum EPO far above its range is common, and no sign of a lost decimal point.
        assertThat(labs.extract(Snippets.ocrDoc("Test Result Units Ref range\nEPO level 130H mU/mL ~\u20142.6-18.5\n")))
                .filteredOn(f -> f.field().equals("labs.serumEpo"))
                .extracting(f -> value(f).intValueExact())
                .containsExactly(130);
        // The same row in a text layer is what it says: a WBC of 29 is a real (if rare) reading.
        assertThat(Snippets.facts(labs, row, "labs.wbc"))
                .extracting(f -> value(f).intValueExact())
                .containsExactly(29);
    }

    @Test
    void hemoglobinWithoutUnitFollowsTheReferenceRange() {
        String text = "Test Result Reference\nHb 92 120-160\n";
        assertThat(value(Snippets.facts(labs, text, "labs.hemoglobin").get(0))).isEqualByComparingTo("9.2");
    }

    @Test
    void serumEpoNeedsAUnitSoTheDrugIsNotALab() {
        assertThat(Snippets.facts(labs, "Start EPO 40,000 units weekly.", "labs.serumEpo"))
                .isEmpty();
    }

    @Test
    void tableColumnsGiveEachValueItsDate() {
        String text = "LABORATORY DATA\n                03/31/2026        02/03/2026\n"
                + "Hemoglobin (HGB)  8.1 g/dL          8.4\nPlatelet Count (PLT) 290 K/uL     295\n";
        List<Fact> hb = Snippets.facts(labs, text, "labs.hemoglobin");
        assertThat(hb).extracting(Fact::asOf).containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 2, 3));
        assertThat(hb)
                .extracting(LabExtractorTest::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("8.1"), new BigDecimal("8.4"));
    }

    @Test
    void aDateInParenthesesAfterTheValueIsItsDate() {
        List<Fact> f =
                Snippets.facts(labs, "Visit date: 04/02/2026\nFerritin 620 ng/mL (02/03/2026).", "labs.ferritin");
        assertThat(f.get(0).asOf()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void aLeadingDateAppliesToTheWholeSentence() {
        List<Fact> f = Snippets.facts(
                labs, "Visit date: 25-Jun-2026\n23-Jun-2026: WBC 4.7 x10^9/L, Hgb 8.9 g/dL.", "labs.hemoglobin");
        assertThat(f.get(0).asOf()).isEqualTo(LocalDate.of(2026, 6, 23));
    }

    @Test
    void anOlderValueMentionedInPassingKeepsItsOwnDate() {
        String text =
                "Visit date: 03/19/2026\nHer hemoglobin was 7.9 g/dL on 01/20/2026 and platelets 145 at that time.";
        Fact hb = Snippets.facts(labs, text, "labs.hemoglobin").get(0);
        Fact plt = Snippets.facts(labs, text, "labs.platelets").get(0);
        assertThat(hb.asOf()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(plt.asOf()).isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(value(plt)).isEqualByComparingTo("145");
    }

    @Test
    void aValueAtTheEndOfALineTakesTheDateOpeningTheNext() {
        String text = "Laboratory\n08-Sep-2026: WBC 3.8 x10^9/L, Hgb 7.3 g/dL. serum EPO 280 mU/mL\n"
                + "(12-Sep-2023). ferritin 2,950 ng/mL (08-Sep-2026).\n";
        Fact epo = Snippets.facts(labs, text, "labs.serumEpo").get(0);
        assertThat(epo.asOf()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(value(Snippets.facts(labs, text, "labs.ferritin").get(0))).isEqualByComparingTo("2950");
    }

    @Test
    void flowsheetsWithOneRowPerDateAreRead() {
        String text = "Flowsheet\nDate        Hb (g/dL)   PLT (x10^9/L)   ANC\n"
                + "03/01/2026  8.1         45              1.2\n02/01/2026  8.6         52              1.4\n";
        List<Fact> hb = Snippets.facts(labs, text, "labs.hemoglobin");
        assertThat(hb)
                .extracting(Fact::asOf)
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        List<Fact> plt = Snippets.facts(labs, text, "labs.platelets");
        assertThat(plt)
                .extracting(LabExtractorTest::value)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("45"), new BigDecimal("52"));
    }

    @Test
    void labsInTheFamilyHistoryAreNotThePatients() {
        List<Fact> f = Snippets.facts(labs, "FAMILY HISTORY\nSister with anemia, Hgb 7.0 g/dL.\n", "labs.hemoglobin");
        assertThat(f).allMatch(x -> x.context() == Context.FAMILY);
    }
}
