package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.Disease;

/** The worked examples E1-E7 of pathways.md section 1.3; outcomes not listed there are NOT_MATCHED. */
class WorkedExamplesTest {
    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();
    private static final List<String> ALL = List.of("all-supportive-care", "all-clinical-trial");

    /** E1: MDS-SF3B1, EPO 85, ESA-naive, 4 units in 16 weeks. */
    static Profiles e1() {
        return Profiles.aProfile()
                .withAge(72)
                .withHb("8.4")
                .withPlatelets("210")
                .withAnc("2.1")
                .withBlasts("2")
                .withRingSideroblasts("40")
                .withLabOn(Analyte.SERUM_EPO, "85", "m[IU]/mL", null, LocalDate.of(2025, 12, 15))
                .withFerritin("600")
                .withNormalKaryotype()
                .withAllIpssmGenesTestedNegative()
                .withVariant("SF3B1", "K700E", "35")
                .withTransfusionsIn16Weeks(4, 2)
                .withHypocellularMarrow(false, 50);
    }

    @Test
    void e1LowerRiskSf3b1EsaNaive() {
        GuidanceReport r = ENGINE.evaluate(e1().build());

        // IPSS-R 2 (Low); IPSS-M -1.09 (Low) -> lower
        assertThat(r.risk().ipssr().score()).isEqualByComparingTo("2");
        assertThat(r.risk().ipssm().mean().score()).isEqualTo(-1.09);
        assertThat(r.riskGroup()).isEqualTo("lower");
        expect(r, List.of("lr-anemia-esa", "lr-anemia-luspatercept-first-line"), List.of());
        assertThat(r.pathway("lr-anemia-luspatercept-first-line").orElseThrow().notes())
                .anyMatch(n -> n.contains("category 1, preferred"));
        assertThat(why(r, "lr-anemia-imetelstat")).contains("not high transfusion burden");
        assertThat(why(r, "lr-observation")).contains("symptomatic anemia");
    }

    @Test
    void e2AfterEsaFailure() {
        GuidanceReport r = ENGINE.evaluate(
                e1().withTreatment("epoetin alfa", "2026-01-01", "2026-04-02", null, "NR", "no-response")
                        .withTransfusionsIn16Weeks(6, 3)
                        .build());

        expect(r, List.of("lr-anemia-luspatercept-rs", "lr-anemia-lenalidomide-non-del5q", "lr-hma"), List.of());
        assertThat(why(r, "lr-anemia-esa")).startsWith("excluded: ESA failure");
        assertThat(why(r, "lr-anemia-luspatercept-first-line")).contains("ESA given before (epoetin alfa");
        assertThat(why(r, "lr-anemia-imetelstat")).contains("3 units per 8 weeks");
        assertThat(r.pathway("lr-anemia-luspatercept-rs").orElseThrow().notes())
                .noneMatch(n -> n.contains("Outside the FDA label"));
    }

    @Test
    void e3IsolatedDel5q() {
        GuidanceReport r = ENGINE.evaluate(Profiles.aProfile()
                .withAge(68)
                .withHb("7.9")
                .withPlatelets("260")
                .withAnc("1.6")
                .withBlasts("3")
                .withIsolatedDel5q()
                .withEpo("320")
                .withFerritin("900")
                .withTransfusionsIn16Weeks(8, 4)
                .withAllIpssmGenesTestedNegative()
                .build());

        // IPSS-R 3.5 (Intermediate, <= 3.5); IPSS-M -0.88 (Low) -> lower
        assertThat(r.risk().ipssr().score()).isEqualByComparingTo("3.5");
        assertThat(r.risk().ipssm().mean().score()).isEqualTo(-0.88);
        assertThat(r.riskGroup()).isEqualTo("lower");
        expect(r, List.of("lr-del5q-lenalidomide"), List.of());
        assertThat(why(r, "lr-anemia-esa")).contains("isolated del(5q)");
        assertThat(why(r, "lr-iron-chelation")).contains("ferritin 900");
    }

    @Test
    void e4HigherRiskMultiHitTp53() {
        GuidanceReport r = ENGINE.evaluate(Profiles.aProfile()
                .withAge(66)
                .withHb("9.2")
                .withPlatelets("45")
                .withAnc("0.6")
                .withBlasts("12")
                .withComplexKaryotype()
                .withAllIpssmGenesTestedNegative()
                .withVariant("TP53", "R248Q", "30")
                .withVariant("TP53", "R175H", "25")
                .build());

        // IPSS-R 9.5 (Very High); IPSS-M 3.32 (Very High) -> higher
        assertThat(r.risk().ipssr().score()).isEqualByComparingTo("9.5");
        assertThat(r.risk().ipssm().mean().score()).isEqualTo(3.32);
        expect(r, List.of("hr-hma", "hr-tp53-trial"), List.of("hr-transplant"));
        assertThat(r.pathway("hr-tp53-trial").orElseThrow().notes()).anyMatch(n -> n.contains("Multi-hit"));
        PathwayOutcome hct = r.pathway("hr-transplant").orElseThrow();
        assertThat(hct.missing()).singleElement().satisfies(m -> {
            assertThat(m.questions()).containsExactly("Q-HCT");
            assertThat(m.ifTrue()).isEqualTo(Status.MATCH);
            assertThat(m.ifFalse()).isEqualTo(Status.NOT_MATCHED);
        });
        assertThat(r.questions()).extracting(GuidanceReport.Question::key).startsWith("Q-HCT");
    }

    static Profiles e5() {
        return Profiles.aProfile()
                .withAge(70)
                .withHb("9.0")
                .withPlatelets("120")
                .withAnc("1.5")
                .withBlasts("3")
                .withKaryotype("47,XY,+8[20]", CytoCategory.INTERMEDIATE, false, false, false, 1)
                .withEpo("150")
                .withFerritin("300")
                .withAllIpssmGenesTestedNegative()
                .withVariant("TET2", "R1404*");
    }

    @Test
    void e5IpssmOverridesIpssrInTheIntermediateBand() {
        GuidanceReport r = ENGINE.evaluate(e5().build());

        // IPSS-R 4.0 (higher on its own); IPSS-M -0.32 Moderate Low, determinate -> lower, disagreement flagged
        assertThat(r.risk().ipssr().score()).isEqualByComparingTo("4");
        assertThat(r.riskGroup()).isEqualTo("lower");
        assertThat(r.riskGroupBasis().basis()).isEqualTo("IPSS-M");
        assertThat(r.flags()).anyMatch(f -> f.contains("disagree"));
        expect(r, List.of("lr-anemia-esa", "lr-anemia-luspatercept-first-line"), List.of());
    }

    @Test
    void e5WithoutResidualGenesFallsBackToIpssrHigher() {
        GuidanceReport r = ENGINE.evaluate(e5().withoutResidualGenesTested().build());

        // IPSS-M -0.32 to +0.35 is not determinate; IPSS-R 4.0 makes the group higher
        assertThat(r.risk().ipssm().best().score()).isEqualTo(-0.32);
        assertThat(r.risk().ipssm().worst().score()).isEqualTo(0.35);
        assertThat(r.riskGroup()).isEqualTo("higher");
        assertThat(r.riskGroupBasis().basis()).isEqualTo("IPSS-R");
        expect(r, List.of("hr-hma"), List.of("hr-transplant", "hr-idh1-ivosidenib"));
        assertThat(r.questions()).extracting(GuidanceReport.Question::key).contains("Q-NGS");
    }

    static Profiles e6() {
        return Profiles.aProfile()
                .withAge(74)
                .withHb("8.8")
                .withPlatelets("40")
                .withAnc("0.7")
                .withBlasts("9")
                .withKaryotype("45,XX,-7[20]", CytoCategory.POOR, false, true, false, 1)
                .withAllIpssmGenesTestedNegative()
                .withVariant("IDH1", "R132C", "18")
                .withTransplantCandidate(false);
    }

    @Test
    void e6AfterAzacitidineFailureWithIdh1() {
        GuidanceReport r =
                ENGINE.evaluate(e6().withTreatment("azacitidine", "2025-09-01", "2026-04-01", 7, "SD", "no-response")
                        .build());

        assertThat(r.risk().ipssr().score()).isEqualByComparingTo("7.5");
        expect(r, List.of("hr-after-hma-failure", "hr-idh1-ivosidenib"), List.of());
        assertThat(why(r, "hr-hma")).startsWith("excluded: HMA failure");
        assertThat(why(r, "hr-transplant")).contains("transplantCandidate no");
        assertThat(r.pathway("hr-idh1-ivosidenib").orElseThrow().notes()).anyMatch(n -> n.startsWith("On-label"));
        assertThat(r.pathway("hr-after-hma-failure").orElseThrow().options())
                .extracting(PathwayOutcome.ShownOption::agent)
                .contains("ivosidenib (IDH1)")
                .doesNotContain("enasidenib (IDH2)");
    }

    @Test
    void e6WithFiveOngoingCyclesLeavesHmaFailureUnknown() {
        GuidanceReport r = ENGINE.evaluate(e6().withTreatment("azacitidine", "2026-01-01", null, 5, "SD", null)
                .build());

        expect(r, List.of("hr-idh1-ivosidenib"), List.of("hr-hma", "hr-after-hma-failure"));
        assertThat(r.pathway("hr-hma").orElseThrow().missing())
                .singleElement()
                .satisfies(m -> assertThat(m.questions()).containsExactly("Q-HMA"));
        assertThat(r.questions().get(0).key()).isEqualTo("Q-HMA");
    }

    @Test
    void e7CmmlGetsNoMdsPathway() {
        GuidanceReport r = ENGINE.evaluate(e5().withDisease(Disease.CMML).build());

        assertThat(r.pathways()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(Status.NOT_MATCHED);
            assertThat(p.why()).isEqualTo("not MDS: CMML; NCCN has a separate MDS/MPN guideline");
        });
        assertThat(r.questions()).isEmpty();
    }

    private static String why(GuidanceReport r, String id) {
        return r.pathway(id).orElseThrow().why();
    }

    /** Exactly these MATCH (plus the all-* pathways) and POSSIBLE; every other pathway NOT_MATCHED. */
    static void expect(GuidanceReport r, List<String> match, List<String> possible) {
        Map<String, Status> actual = new LinkedHashMap<>();
        r.pathways().forEach(p -> actual.put(p.id(), p.status()));
        Map<String, Status> wanted = new LinkedHashMap<>();
        actual.keySet().forEach(id -> wanted.put(id, Status.NOT_MATCHED));
        ALL.forEach(id -> wanted.put(id, Status.MATCH));
        match.forEach(id -> wanted.put(id, Status.MATCH));
        possible.forEach(id -> wanted.put(id, Status.POSSIBLE));
        assertThat(actual).as(r.riskGroupBasis().toString()).containsExactlyInAnyOrderEntriesOf(wanted);
    }
}
