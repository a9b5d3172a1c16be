package org.recordpath.guidance.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.facts.PatientFacts;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * The outcome of one pathway (pathways.md sections 0.3 and 0.4): gates, requirements, exclusions, and for POSSIBLE the
 * unknown facts that could change it (#10: a MATCH never rests on an unknown).
 */
class PathwayEvaluatorTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());
    private static final String EPO = "labs.serumEpo <= 500 mU/mL";

    /** Requires lower risk, EPO <= 500 and symptomatic anemia; excludes del(5q). */
    private static final String ESA_LIKE = "  - id: lr-test\n"
            + "    title: Test\n"
            + "    riskGroup: lower\n"
            + "    requires:\n"
            + "      all:\n"
            + "        - {fact: $riskGroup, op: \"==\", value: lower}\n"
            + "        - {fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}\n"
            + "        - {derived: $symptomaticAnemia}\n"
            + "    excludes: {fact: karyotype.del5q, op: \"==\", value: true}\n"
            + "    options: [{agent: test}]\n"
            + "    evidence: 2A\n"
            + "    fda: n/a\n"
            + "    citations: [x]\n"
            + "    questions: [Q-EPO]\n";

    /** Two alternatives on each side, every one of them unknown for an empty profile. */
    private static final String TWO_BY_TWO = ESA_LIKE.replace(
            "        - {fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}\n"
                    + "        - {derived: $symptomaticAnemia}\n",
            "        - any: [{fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}, {derived: $transfusionDependent}]\n"
                    + "        - any: [{fact: clinical.hypocellular, op: \"==\", value: true}, {derived: $mutated, gene: SF3B1}]\n");

    private static PathwayOutcome evaluate(String pathway, ClinicalProfile p) {
        Pathway x = PackReaderTest.read(PackReaderTest.pack(pathway)).pathways().get(0);
        return PathwayEvaluator.evaluate(x, new PatientFacts(p, LOWER));
    }

    private static Profiles eligible() {
        return Profiles.aProfile().withHb("9").withEpo("100").withBlasts("3").withNormalKaryotype();
    }

    private static PathwayOutcome.Step gate(PathwayOutcome o, String key) {
        return o.steps().stream()
                .filter(s -> s.part().equals("gate") && s.criterion().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyRequirementTrueAndTheExclusionFalseIsAMatch() {
        PathwayOutcome o = evaluate(ESA_LIKE, eligible().build());

        assertThat(o.status()).isEqualTo(Status.MATCH);
        assertThat(o.missing()).isEmpty();
        assertThat(o.steps()).extracting(PathwayOutcome.Step::part).containsSubsequence("gate", "requires", "excludes");
    }

    @ParameterizedTest(name = "BM {0} %, PB {1} % -> G2 {2}")
    @CsvSource(
            value = {"19.9, null, TRUE", "20, null, FALSE", "5, 20, FALSE", "5, 19.9, TRUE", "null, 19.9, TRUE"},
            nullValues = "null")
    void theBlastGateStopsAt20PercentInMarrowOrBlood(String bm, String pb, Truth gate) {
        Profiles p = eligible().withoutLab(Analyte.BM_BLASTS);
        if (bm != null) {
            p.withBlasts(bm);
        }
        if (pb != null) {
            p.withLab(Analyte.PB_BLASTS, pb, "%", null);
        }

        PathwayOutcome o = evaluate(ESA_LIKE, p.build());

        assertThat(gate(o, Gates.G2).truth()).isEqualTo(gate);
        if (gate == Truth.FALSE) {
            assertThat(o.status()).isEqualTo(Status.NOT_MATCHED);
            assertThat(o.why()).isEqualTo("20 % or more blasts meets AML criteria (WHO 2022 / ICC 2022)");
        }
    }

    @Test
    void unrecordedBlastsDoNotBlockButAreAskedFor() {
        PathwayOutcome.Step g =
                gate(evaluate(ESA_LIKE, eligible().withoutLab(Analyte.BM_BLASTS).build()), Gates.G2);

        assertThat(g.truth()).isEqualTo(Truth.TRUE);
        assertThat(g.because()).isEqualTo("marrow blasts not recorded; an MDS diagnosis implies fewer than 20 %");
    }

    @ParameterizedTest(name = "age {0} -> G3 {1}")
    @CsvSource(
            value = {"18, TRUE", "17, FALSE", "null, TRUE"},
            nullValues = "null")
    void theAdultGateBlocksOnlyAKnownChild(Integer age, Truth gate) {
        PathwayOutcome o = evaluate(ESA_LIKE, eligible().withAge(age).build());

        assertThat(gate(o, Gates.G3).truth()).isEqualTo(gate);
        assertThat(o.status()).isEqualTo(gate == Truth.FALSE ? Status.NOT_MATCHED : Status.MATCH);
        if (gate == Truth.FALSE) {
            assertThat(o.why()).isEqualTo("childhood MDS is outside this pack (adult guideline)");
        }
        if (age == null) {
            assertThat(gate(o, Gates.G3).because()).isEqualTo("age not recorded (does not block)");
        }
    }

    @Test
    void aFailingRequirementIsTheReason() {
        PathwayOutcome o = evaluate(ESA_LIKE, eligible().withEpo("620").build());

        assertThat(o.status()).isEqualTo(Status.NOT_MATCHED);
        assertThat(o.why()).startsWith("labs.serumEpo 620").endsWith("(not <= 500 mU/mL)");
    }

    @Test
    void aHoldingExclusionIsTheReason() {
        PathwayOutcome o = evaluate(ESA_LIKE, eligible().withIsolatedDel5q().build());

        assertThat(o.status()).isEqualTo(Status.NOT_MATCHED);
        assertThat(o.why()).startsWith("excluded: karyotype.del5q yes");
    }

    @Test
    void aPossibleNamesTheUnknownThatDecidesAndWhatEachValueWouldGive() {
        // 0.3: "list each unknown fact whose value could change the outcome ... and say for each possible value"
        PathwayOutcome o =
                evaluate(ESA_LIKE, eligible().withoutLab(Analyte.SERUM_EPO).build());

        assertThat(o.status()).isEqualTo(Status.POSSIBLE);
        assertThat(o.why()).isEqualTo("undecided: labs.serumEpo not recorded");
        assertThat(o.missing())
                .containsExactly(
                        new PathwayOutcome.MissingFact(EPO, List.of("Q-EPO"), Status.MATCH, Status.NOT_MATCHED));
    }

    @Test
    void twoDecisiveUnknownsAreBothListed() {
        PathwayOutcome o = evaluate(
                ESA_LIKE,
                eligible().withoutLab(Analyte.SERUM_EPO).withoutKaryotype().build());

        assertThat(o.status()).isEqualTo(Status.POSSIBLE);
        assertThat(o.missing())
                .containsExactly(
                        new PathwayOutcome.MissingFact(EPO, List.of("Q-EPO"), Status.POSSIBLE, Status.NOT_MATCHED),
                        new PathwayOutcome.MissingFact(
                                "karyotype.del5q == true", List.of("Q-KARYO"), Status.NOT_MATCHED, Status.POSSIBLE));
    }

    @Test
    void whenNoSingleUnknownDecidesEveryUnknownIsListed() {
        // any(EPO, TD) and any(hypocellular, SF3B1): one value alone never settles it, so all four are shown
        PathwayOutcome o = evaluate(
                TWO_BY_TWO,
                Profiles.aProfile().withBlasts("3").withNormalKaryotype().build());

        assertThat(o.status()).isEqualTo(Status.POSSIBLE);
        assertThat(o.missing())
                .extracting(PathwayOutcome.MissingFact::fact)
                .containsExactly(EPO, "$transfusionDependent", "clinical.hypocellular == true", "$mutated(SF3B1)");
        assertThat(o.missing()).allSatisfy(m -> assertThat(m.ifTrue()).isEqualTo(m.ifFalse()));
    }

    @Test
    void aPathwayWithoutRequirementsSaysItAppliesToEveryPatientWithMds() {
        String all = ESA_LIKE.replace("id: lr-test", "id: all-test")
                .replace("riskGroup: lower", "riskGroup: any")
                .replace(
                        "    requires:\n      all:\n"
                                + "        - {fact: $riskGroup, op: \"==\", value: lower}\n"
                                + "        - {fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}\n"
                                + "        - {derived: $symptomaticAnemia}\n",
                        "");

        PathwayOutcome o = evaluate(all, eligible().build());

        assertThat(o.status()).isEqualTo(Status.MATCH);
        assertThat(o.why())
                .startsWith("guideline applies to every patient with MDS: MDS")
                .contains("blasts below 20 %");
    }
}
