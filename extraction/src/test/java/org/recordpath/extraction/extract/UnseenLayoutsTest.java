package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Mutation;

/** Layouts of institutions the extractors were not written for (#13): each case a generic layout rule. */
class UnseenLayoutsTest {
    private final LabExtractor labs = new LabExtractor();
    private final MutationExtractor mutations = new MutationExtractor();

    @Test
    void aNewestFirstFlowsheetWithTestCodesAndFlagsDatesEachValueByItsColumn() {
        String text = """
                Labs (newest first):
                Component                        10/20/2026     9/22/2026     3/11/2025     Ref Range       Units
                HGB - Hemoglobin                 10.6 (L)       10.4 (L)      8.2 (L)       12.0 - 15.5     g/dL
                FERR - Ferritin                  890 (H)                      600 (H)       15 - 150        ng/mL
                """;
        List<Fact> hb = Snippets.facts(labs, text, "labs.hemoglobin");
        assertThat(hb)
                .extracting(
                        Fact::asOf,
                        f -> ((FactValue.Measured) f.value()).value().doubleValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 20), 10.6),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 22), 10.4),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 11), 8.2));
        assertThat(Snippets.facts(labs, text, "labs.ferritin"))
                .extracting(Fact::asOf)
                .contains(LocalDate.of(2026, 10, 20));
    }

    @Test
    void aReferenceIntervalBeforeTheResultAndASecondTableBesideIt() {
        String text = """
                Full blood count — sampled 25.08.2026
                 Analyte            Ref. interval   Result   Unit        Analyte        Ref.       Result   Unit    Sampled
                 Leucocytes         4.0–11.0        1.9      G/L    ↓    Folate (serum)  3.0–20.0  15.9     µg/L
                 Red cell count     3.80–5.20       2.66     T/L    ↓    Ferritin       15–150     540      µg/L  ↑  21.07.2026
                """;
        List<Fact> wbc = Snippets.facts(labs, text, "labs.wbc");
        assertThat(wbc)
                .extracting(f -> ((FactValue.Measured) f.value()).value().doubleValue())
                .containsExactly(1.9);
        assertThat(wbc.get(0).asOf()).isEqualTo(LocalDate.of(2026, 8, 25));
        List<Fact> ferritin = Snippets.facts(labs, text, "labs.ferritin");
        assertThat(ferritin)
                .extracting(f -> ((FactValue.Measured) f.value()).value().intValue())
                .containsExactly(540);
        assertThat(ferritin.get(0).asOf()).isEqualTo(LocalDate.of(2026, 7, 21));
    }

    @Test
    void aCollectionDatePrintedUnderItsLabelDatesTheReport() {
        DocumentText doc = Snippets.doc("""
                ACCESSION          COLLECTED          RECEIVED           REPORTED
                MN26-848133        09JUN2026          10JUN2026          24JUN2026
                """);
        assertThat(doc.specimenDate()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(doc.reportDate()).isEqualTo(LocalDate.of(2026, 6, 24));
    }

    @Test
    void aGeneGridWithADashLegendListsTheGenesTestedAndNotFound() {
        String text = """
                GENE-BY-GENE RESULTS
                 ASXL1      —        SF3B1      DETECTED      TP53      —
                 RUNX1      —
                — = no variant detected at or above an allele fraction of 0.02.
                """;
        assertThat(negatives(text)).containsExactly("ASXL1", "RUNX1", "TP53");
    }

    @Test
    void withoutALegendADashSaysNothing() {
        assertThat(negatives(" ASXL1      —        TP53      —\n")).isEmpty();
    }

    @Test
    void aWildTypeListIsNegative() {
        assertThat(negatives("NGS: SF3B1 p.(Lys666Asn) VAF 34%. Wild-type: TP53, ASXL1,\n RUNX1, IDH1."))
                .containsExactly("ASXL1", "IDH1", "RUNX1", "TP53");
    }

    @Test
    void aProteinChangeInItsOwnColumnAfterTheCdna() {
        List<Fact> found = Snippets.affirmed(
                mutations,
                "Gene    cDNA (transcript)    Protein    Allele fraction\nSF3B1   c.2098A>G    K700E    0.368\n",
                Fields.MUTATION);
        Mutation m = ((FactValue.Variant) found.get(0).value()).mutation();
        assertThat(m.hgvsC()).isEqualTo("c.2098A>G");
        assertThat(m.hgvsP()).isEqualTo("p.K700E");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "20   5   47,XX,+8[5]/   Abnormal female karyotype.~46,XX[15]|47,XX,+8[5]/46,XX[15]",
                "Karyotype: 44,XX,del(5)(q14q34),-7,~add(17)(p13),-20[13]/46,XX[7].|44,XX,del(5)(q14q34),-7,add(17)(p13),-20[13]/46,XX[7]",
            })
    void aKaryotypeWrappedOverTwoLinesIsReadWhole(String text, String iscn) {
        assertThat(Snippets.facts(new KaryotypeExtractor(), text.replace("~", "\n"), Fields.KARYOTYPE))
                .extracting(
                        f -> ((FactValue.Cytogenetics) f.value()).karyotype().iscn())
                .containsExactly(iscn);
    }

    @Test
    void aDrugTabulatedInTheDocumentGetsNoSecondCourseFromItsProse() {
        String text = """
                Agent                 Start      Stop       Cycles   Best response      Outcome
                Azacitidine           11.2025    04.2026    6        stable disease     stopped: no response
                Azacitidine failure after 6 cycles (stable disease without haematological improvement) on 14.05.2026.
                """;
        assertThat(Snippets.affirmed(new TreatmentExtractor(), text, Fields.TREATMENT))
                .hasSize(1);
    }

    @Test
    void aMarrowHistoryTableGivesBlastsAndRingSideroblastsDatedByTheirRow() {
        String text = """
                Oncologic history
                BM biopsy              Cellularity         Blasts (asp.)        RS            Karyotype (ISCN)
                3/11/2025              55%                 2%                   28%           46,XX[20]
                """;
        MarrowExtractor marrow = new MarrowExtractor();
        assertThat(Snippets.facts(marrow, text, "labs.bmBlasts"))
                .extracting(
                        Fact::asOf,
                        f -> ((FactValue.Measured) f.value()).value().intValue())
                .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 11), 2));
        assertThat(Snippets.facts(marrow, text, "labs.ringSideroblasts"))
                .extracting(f -> ((FactValue.Measured) f.value()).value().intValue())
                .contains(28);
    }

    @Test
    void aKaryotypeOnATableRowIsDatedByTheRow() {
        String text = """
                BM biopsy    Cellularity   Blasts (asp.)   RS    Karyotype (ISCN)
                11/5/2024    70%           8%              1%    46,XY,del(7)(q22q36)[6]/
                46,XY[14]
                9/1/2026     80%           12%             0%    45,XY,-7[12]/
                46,XY[8]
                """;
        assertThat(Snippets.facts(new KaryotypeExtractor(), text, Fields.KARYOTYPE))
                .extracting(
                        f -> ((FactValue.Cytogenetics) f.value()).karyotype().iscn(), Fact::asOf)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "46,XY,del(7)(q22q36)[6]/46,XY[14]", LocalDate.of(2024, 11, 5)),
                        org.assertj.core.groups.Tuple.tuple("45,XY,-7[12]/46,XY[8]", LocalDate.of(2026, 9, 1)));
    }

    private TreeSet<String> negatives(String text) {
        TreeSet<String> out = new TreeSet<>();
        Snippets.facts(mutations, text, Fields.NEGATIVE_GENE).stream()
                .filter(f -> f.context() == Context.AFFIRMED)
                .forEach(f -> out.add(f.value().display()));
        return out;
    }
}
