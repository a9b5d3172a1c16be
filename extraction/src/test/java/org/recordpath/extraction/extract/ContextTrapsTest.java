package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/** Negation, family, planned and historical traps across extractors (synthetic text). */
class ContextTrapsTest {
    private final TreatmentExtractor treatments = new TreatmentExtractor();
    private final MutationExtractor mutations = new MutationExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PLAN\\nStart azacitidine 75 mg/m2 next week.|HYPOTHETICAL",
                "Will start decitabine after insurance approval.|HYPOTHETICAL",
                "Consider luspatercept if transfusion needs rise.|HYPOTHETICAL",
                "Ivosidenib 500 mg daily recommended once insurance approves.|HYPOTHETICAL",
                "Jadenu 360 mg daily: pending prior authorization, not started.|HYPOTHETICAL",
                "Lenalidomide was recommended but the patient declined.|HYPOTHETICAL",
                "FAMILY HISTORY\\nBrother received azacitidine for MDS in 2019.|FAMILY",
                "No prior azacitidine or decitabine given.|NEGATED",
                "Received azacitidine from 03/2025 to 11/2025, 6 cycles.|AFFIRMED",
                "Treatment history: Epoetin alfa (Procrit) from Oct-2023 to Apr-2024.|AFFIRMED",
            })
    void drugMentionsOutsideTheHistoryAreNotTreatments(String text, Context expected) {
        List<Fact> found = Snippets.facts(treatments, text.replace("\\n", "\n"), Fields.TREATMENT);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).context()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "IDH1/IDH2 negative.|IDH1,IDH2",
                "TP53: no pathogenic variants.|TP53",
                "No pathogenic variants in TP53 or RUNX1.|TP53,RUNX1",
                "FLT3-ITD and NPM1 not detected.|FLT3,NPM1",
                "ASXL1 wild-type.|ASXL1",
            })
    void negativeStatementsNameNegativeGenes(String text, String genes) {
        List<String> found = Snippets.affirmed(mutations, text, Fields.NEGATIVE_GENE).stream()
                .map(f -> f.value().display())
                .toList();
        assertThat(found).containsExactlyInAnyOrder(genes.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TP53 not tested.",
                "FLT3-ITD and KMT2A-PTD are not reliably detected by this assay.",
                "NPM1 testing pending.",
                "FAMILY HISTORY\\nSister with a germline DDX41 variant; no TP53 mutation in her.",
            })
    void untestedOrFamilyGenesAreNeverNegative(String text) {
        assertThat(Snippets.affirmed(mutations, text.replace("\\n", "\n"), Fields.NEGATIVE_GENE))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SF3B1 K700E (c.2098A>G, VAF 38%).|SF3B1|p.K700E|38",
                "IDH1 p.Arg132His VAF 0.41|IDH1|p.R132H|41",
                "ASXL1 p.(Gly646TrpfsTer12) allele frequency 33.0%|ASXL1|p.G646Wfs*12|33.0",
                "TET2 p.R1404X at VAF 30%|TET2|p.R1404*|30",
                "U2AF1L5 S34F VAF 22%|U2AF1|p.S34F|22",
            })
    void variantsAreNormalisedToOneLetterProteinChanges(String text, String gene, String p, String vaf) {
        Fact f = Snippets.affirmed(mutations, text, Fields.MUTATION).get(0);
        var m = ((FactValue.Variant) f.value()).mutation();
        assertThat(m.gene()).isEqualTo(gene);
        assertThat(m.hgvsP()).isEqualTo(p);
        assertThat(m.vafPct()).isEqualByComparingTo(vaf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "TET2 p.I1873T at VAF 50%, a variant of uncertain significance.|VUS",
                "RUNX1 p.R166Q VAF 27%, likely pathogenic.|likely pathogenic",
                "TP53 p.R273H VAF 55%, pathogenic.|pathogenic",
            })
    void classificationIsReadFromTheStatement(String text, String expected) {
        var m = ((FactValue.Variant) Snippets.affirmed(mutations, text, Fields.MUTATION)
                        .get(0)
                        .value())
                .mutation();
        assertThat(m.classification().toString()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "FLT3-ITD detected, allelic ratio 0.4.|FLT3|ITD",
                "KMT2A-PTD detected.|KMT2A|PTD",
                "MLL-PTD positive.|KMT2A|PTD",
            })
    void structuralCallsKeepTheirType(String text, String gene, String type) {
        var m = ((FactValue.Variant) Snippets.affirmed(mutations, text, Fields.MUTATION)
                        .get(0)
                        .value())
                .mutation();
        assertThat(m.gene()).isEqualTo(gene);
        assertThat(m.variantType()).isEqualTo(type);
    }
}
