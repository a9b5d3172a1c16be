package org.recordpath.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.read.ReadDocument;
import org.recordpath.extraction.read.Word;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.ClinicalProfile;

/** The pipeline on synthetic documents in a layout unlike the developer corpus. */
class RecordExtractorTest {
    private final RecordExtractor extractor = new RecordExtractor(List.of());

    private static final String CONSULT = """
            Northfield Cancer Institute - Haematology Consultation
            Date of service: 2026-09-14
            Gender: female        Age: 68

            Reason for referral
            Myelodysplastic syndrome, RAEB-1 (ICD-10-CM D46.21), diagnosed 2026-07-02.

            Treatment history
            * Decitabine 20 mg/m2 x 5 days, started 2026-07, 3 cycles so far, best response: stable disease (ongoing).

            Results
            Test          | 2026-09-12 | 2026-08-15 | Unit
            Haemoglobin   | 85         | 90         | g/L
            Platelets     | 62         | 70         | x10^9/L
            ANC           | 900        | 1,100      | cells/uL
            WBC           | 2.4        | 2.8        | x10^9/L
            Ferritin      | 1250       |            | ug/L

            Marrow (2026-07-02): 40% cellular, blasts 7%, no ring sideroblasts identified.
            Karyotype: 46,XX,del(20)(q11.2q13.3)[6]/46,XX[14].
            NGS: SRSF2 p.Pro95His VAF 41%; TP53 not detected; FLT3 not tested.

            Family history
            Her brother received azacitidine for MDS; her mother had a JAK2 V617F mutation.

            Assessment and plan
            Not a candidate for allogeneic transplant. Consider luspatercept. ECOG 1.
            Transfusions: 2 units every 3 weeks.
            """;

    @Test
    void readsAnUnfamiliarLayoutIntoAProfile() {
        var doc = new ReadDocument(
                "consult.pdf",
                DocumentKind.PDF,
                List.of(new PageText(1, CONSULT, ReadMethod.TEXT_LAYER, List.of(), 1.0)),
                List.of());
        ClinicalProfile p = extractor.reconcile(extractor.extract(doc).facts());
        assertThat(p.demographics().age()).isEqualTo(68);
        assertThat(p.demographics().sex()).isEqualTo("F");
        assertThat(p.diagnosis().who2022()).isEqualTo("MDS-IB1");
        assertThat(p.diagnosis().icd10()).isEqualTo("D46.21");
        assertThat(p.labs().hemoglobin().value()).isEqualByComparingTo("8.5");
        assertThat(p.labs().hemoglobin().series())
                .singleElement()
                .satisfies(s -> assertThat(s.value()).isEqualByComparingTo("9.0"));
        assertThat(p.labs().anc().value()).isEqualByComparingTo("0.9");
        assertThat(p.labs().ferritin().value()).isEqualByComparingTo("1250");
        assertThat(p.labs().bmBlasts().value()).isEqualByComparingTo("7");
        assertThat(p.labs().ringSideroblasts().value()).isZero();
        assertThat(p.karyotype().iscn()).isEqualTo("46,XX,del(20)(q11.2q13.3)[6]/46,XX[14]");
        assertThat(p.mutations()).extracting(m -> m.gene() + " " + m.hgvsP()).containsExactly("SRSF2 p.P95H");
        assertThat(p.negativeGenes()).containsExactly("TP53");
        assertThat(p.treatments()).singleElement().satisfies(t -> {
            assertThat(t.drug()).isEqualTo("decitabine");
            assertThat(t.cycles()).isEqualTo(3);
            assertThat(t.ongoing()).isTrue();
        });
        assertThat(p.clinical().transplantCandidate()).isFalse();
        assertThat(p.clinical().ecog()).isEqualTo(1);
        assertThat(p.transfusion().rbcUnitsPer8Weeks()).isEqualByComparingTo("5.3");
        assertThat(p.asOf()).hasToString("2026-09-14");
    }

    @Test
    void ocrFactsCarryPixelBoxes() {
        String text = "Hgb 8.1 g/dL";
        var words = List.of(
                new Word(0, 3, new Box(10, 20, 40, 12), 0.9),
                new Word(4, 7, new Box(60, 20, 30, 12), 0.8),
                new Word(8, 12, new Box(95, 20, 40, 12), 0.9));
        var doc = new ReadDocument(
                "scan.pdf", DocumentKind.PDF, List.of(new PageText(1, text, ReadMethod.OCR, words, 0.85)), List.of());
        var facts = extractor.extract(doc).facts();
        assertThat(facts)
                .filteredOn(f -> f.field().equals("labs.hemoglobin"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.provenance().box()).isEqualTo(new Box(10, 20, 80, 12));
                    assertThat(f.confidence()).isLessThan(1.0);
                });
    }

    @Test
    void aDocumentWithoutTextGivesNoFacts() {
        var doc = new ReadDocument(
                "blank.pdf", DocumentKind.PDF, List.of(new PageText(1, " ", ReadMethod.OCR, List.of(), 0)), List.of());
        assertThat(extractor.extract(doc).facts()).isEmpty();
        assertThat(extractor.reconcile(List.of())).isEqualTo(org.recordpath.model.profile.ClinicalProfile.empty());
    }
}
