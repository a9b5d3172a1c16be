package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Analyte;

class MarrowAndDiagnosisTest {
    private final MarrowExtractor marrow = new MarrowExtractor();
    private final DiagnosisExtractor diagnosis = new DiagnosisExtractor();
    private final KaryotypeExtractor karyotype = new KaryotypeExtractor();
    private final ClinicalExtractor clinical = new ClinicalExtractor();
    private final DemographicsExtractor demographics = new DemographicsExtractor();
    private final RiskExtractor risk = new RiskExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Bone marrow biopsy: 60% cellular, 8% blasts, ring sideroblasts 2%.|labs.bmBlasts|8",
                "Manual differential: neutrophils 50%, circulating blasts 3%.|labs.pbBlasts|3",
                "Blasts, peripheral blood (%) 4 %|labs.pbBlasts|4",
                "Ring sideroblasts: none identified (0%) of erythroid precursors.|labs.ringSideroblasts|0",
                "Iron stain: no ring sideroblasts identified.|labs.ringSideroblasts|0",
                "Ring sideroblasts are increased (18%).|labs.ringSideroblasts|18",
                "Cellularity approximately 10% (hypocellular for age).|clinical.marrowCellularityPct|10",
                "Reticulin fibrosis: MF-2.|clinical.fibrosisGrade|2",
            })
    void marrowFindingsAreRead(String text, String field, String value) {
        var f = Snippets.affirmed(marrow, text, field).get(0);
        assertThat(((FactValue.Measured) f.value()).value()).isEqualByComparingTo(value);
    }

    @Test
    void aPercentOnTheLineAboveIsNotABlastCount() {
        var f = Snippets.facts(marrow, "RDW 16.0 %\nBlasts (manual, peripheral blood) 4 %", Analyte.BM_BLASTS.path());
        assertThat(f).noneMatch(x -> ((FactValue.Measured) x.value()).value().intValue() == 16);
    }

    @Test
    void flowCytometryBlastsAreNotTheMarrowCount() {
        var f = Snippets.facts(marrow, "Flow: 10.4% CD34+ blasts.", Analyte.BM_BLASTS.path());
        assertThat(f).allMatch(x -> x.context() == Context.OTHER_SPECIMEN);
    }

    @Test
    void lowCellularityIsHypocellular() {
        var f = Snippets.affirmed(marrow, "Marrow 20% cellular.", Fields.HYPOCELLULAR)
                .get(0);
        assertThat(f.value().display()).isEqualTo("yes");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MDS with excess blasts-1 (MDS-EB-1).|MDS-IB1",
                "RAEB-2 diagnosed last year.|MDS-IB2",
                "MDS with multilineage dysplasia (MDS-MLD).|MDS-LB",
                "Myelodysplastic neoplasm with low blasts and isolated 5q deletion.|MDS-5q",
                "Hypoplastic MDS.|MDS-h",
            })
    void namesMapToWho2022(String text, String who) {
        assertThat(Snippets.affirmed(diagnosis, text, Fields.WHO2022))
                .extracting(f -> f.value().display())
                .contains(who);
    }

    @Test
    void aStatedCodeAndDateAreRead() {
        String text = "Visit date: 03/01/2026\n74-year-old man with MDS (D46.21) diagnosed 15-Apr-2025.";
        assertThat(Snippets.affirmed(diagnosis, text, Fields.ICD10))
                .extracting(f -> f.value().display())
                .contains("D46.21");
        assertThat(Snippets.affirmed(diagnosis, text, Fields.DIAGNOSIS_DATE)
                        .get(0)
                        .asOf())
                .isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(Snippets.affirmed(demographics, text, Fields.AGE)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("74 a");
        assertThat(Snippets.affirmed(demographics, text, Fields.SEX)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("M");
    }

    @Test
    void ruleOutAmlIsNotAml() {
        var f = Snippets.facts(diagnosis, "Peripheral blasts 21%, rule out AML transformation.", Fields.DISEASE);
        assertThat(f).noneMatch(x -> x.isAffirmed() && x.value().display().equals("AML"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Karyotype: 46,XX,del(5)(q13q33)[16]/46,XX[4].|46,XX,del(5)(q13q33)[16]/46,XX[4]",
                "karyotype 45,X,-Y[12]/46,XY[8];|45,X,-Y[12]/46,XY[8]",
                "karyotype 46,XY [20].|46,XY[20]",
            })
    void karyotypesKeepTheirIscn(String text, String iscn) {
        var f = Snippets.affirmed(karyotype, text, Fields.KARYOTYPE).get(0);
        assertThat(((FactValue.Cytogenetics) f.value()).karyotype().iscn()).isEqualTo(iscn);
    }

    @Test
    void fishRowsSetOnlyTheirFlag() {
        String text =
                "FISH (MDS PANEL)\nEGR1 5q31 Loss of 5q31 (EGR1) in 74% of 200 nuclei\nD7S486 7q31 No loss of 7q31 detected\n";
        var flags = Snippets.affirmed(karyotype, text, Fields.KARYOTYPE).stream()
                .map(f -> ((FactValue.Cytogenetics) f.value()).karyotype())
                .toList();
        assertThat(flags).anyMatch(k -> Boolean.TRUE.equals(k.del5q()));
        assertThat(flags).anyMatch(k -> Boolean.FALSE.equals(k.minus7OrDel7q()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Fit for allogeneic transplant.|yes",
                "Not a candidate for allogeneic transplant given age.|no",
                "He declines transplant.|no",
            })
    void transplantCandidacyOnlyFromStatements(String text, String value) {
        assertThat(Snippets.affirmed(clinical, text, Fields.TRANSPLANT_CANDIDATE)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"Transplant candidacy to be determined.", "Referred for transplant evaluation.", "Age 72, ECOG 1."
            })
    void undecidedCandidacyStaysUnknown(String text) {
        assertThat(Snippets.facts(clinical, text, Fields.TRANSPLANT_CANDIDATE)).isEmpty();
    }

    @Test
    void clinicalStatementsAreRead() {
        String text = "ECOG 2. Donor: HLA-identical brother. Small PNH clone detected. HLA-DR15 negative.";
        assertThat(Snippets.affirmed(clinical, text, Fields.ECOG).get(0).value().display())
                .isEqualTo("2 1");
        assertThat(Snippets.affirmed(clinical, text, Fields.DONOR)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("HLA-identical brother");
        assertThat(Snippets.affirmed(clinical, text, Fields.PNH_CLONE)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("yes");
        assertThat(Snippets.affirmed(clinical, text, Fields.HLA_DR15)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("no");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IPSS-R score 2, low risk.|IPSS-R 2 Low",
                "R-IPSS 7.5 (VERY HIGH).|IPSS-R 7.5 Very High",
                "IPSS: Int-1.|IPSS Int-1",
                "Lower-risk MDS, transfusion dependent.|clinician lower",
            })
    void reportedScoresAreKeptAsStated(String text, String shown) {
        assertThat(Snippets.affirmed(risk, text, Fields.REPORTED_RISK)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo(shown);
    }
}
