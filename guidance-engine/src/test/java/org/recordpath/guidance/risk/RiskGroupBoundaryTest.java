package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.ReportedRisk;

/** pathways.md section 2.1 at its edges: the 3.5 line, the decision order and the flags (#10). */
class RiskGroupBoundaryTest {

    private static RiskGroupDecision decide(ClinicalProfile p) {
        return RiskGroupRule.decide(IpssR.compute(p), IpssM.compute(IpssmProfileInputs.from(p)), p.reportedRisk());
    }

    private static IpssrResult range(String min, String max) {
        return new IpssrResult(null, null, List.of(), new BigDecimal(min), new BigDecimal(max), List.of("anc"), null);
    }

    @ParameterizedTest(name = "IPSS-R between {0} and {1} -> {2}")
    @CsvSource(
            value = {
                "3.5, 3.5, lower", // 3.5 is lower (section 2.1)
                "4, 4, higher",
                "3, 3.5, lower",
                "3.5, 4, null", // could be either side
                "3, 4, null",
                "4, 4.5, higher"
            },
            nullValues = "null")
    void ipssrSideOfTheLine(String min, String max, String side) {
        assertThat(RiskGroupRule.ipssrSide(range(min, max))).isEqualTo(side);
    }

    @Test
    void determinateIpssmOverridesIpssrInTheIntermediateBandAndTheDisagreementIsFlagged() {
        // IPSS-R: Hb 9 (1) + PLT 150 (0) + ANC 2 (0) + blasts 6 % (2) + normal karyotype (1) = 4 -> higher (> 3.5).
        // IPSS-M, every gene tested negative: HB1 +0.2146, PLT -0.0288, BLAST5 +0.1412, CYTOVEC -0.1615,
        // TP53multi -0.1209, SF3B1_alpha +0.0213, nRes2 -0.1293, the 15 other gene terms -0.4592
        // = -0.5226 -> -0.52 Low in every scenario -> lower (section 2.1 rule 1: "IPSS-R 4.0 with IPSS-M ... -> lower")
        ClinicalProfile p = Profiles.aLowerRiskProfile().withBlasts("6").build();

        RiskGroupDecision d = decide(p);

        assertThat(IpssR.compute(p).score()).isEqualByComparingTo("4");
        assertThat(d.group()).isEqualTo("lower");
        assertThat(d.basis()).isEqualTo("IPSS-M");
        assertThat(d.explanation())
                .isEqualTo("IPSS-M Low to Low (best -0.52, worst -0.52) is lower risk in every" + " scenario");
        assertThat(d.flags()).containsExactly("computed IPSS-M (lower) and IPSS-R (higher) disagree; IPSS-M used");
    }

    @Test
    void agreeingIpssmAndIpssrRaiseNoFlag() {
        assertThat(decide(Profiles.aLowerRiskProfile().build()).flags()).isEmpty();
        assertThat(decide(Profiles.aHigherRiskProfile().build()).flags()).isEmpty();
        assertThat(decide(Profiles.aHigherRiskProfile().build()).group()).isEqualTo("higher");
    }

    @Test
    void ipssrDecidesWhenIpssmLacksAClinicalInputAndSaysNothingAboutIpssm() {
        // ANC is not an IPSS-M input; without platelets IPSS-M has a clinical input missing and cannot decide.
        // IPSS-R: Hb 9 (1) + blasts 2 (0) + ANC 2 (0) + normal (1) + platelets 0..1 = 2..3 -> lower either way
        ClinicalProfile p =
                Profiles.aLowerRiskProfile().withoutLab(Analyte.PLATELETS).build();

        RiskGroupDecision d = decide(p);

        assertThat(d.group()).isEqualTo("lower");
        assertThat(d.basis()).isEqualTo("IPSS-R bounds");
        assertThat(d.explanation()).isEqualTo("IPSS-R between 2 and 3 (missing plt) is lower risk either way");
    }

    @Test
    void ipssrDecidesWhenIpssmIsIndeterminateAndSaysWhatIpssmLacks() {
        // IPSS-R 4 as above -> higher. No gene tested: IPSS-M best/worst straddle the lower/higher line
        ClinicalProfile p = Profiles.aProfile()
                .withHb("9")
                .withPlatelets("150")
                .withAnc("2")
                .withBlasts("6")
                .withNormalKaryotype()
                .build();

        RiskGroupDecision d = decide(p);

        assertThat(d.group()).isEqualTo("higher");
        assertThat(d.basis()).isEqualTo("IPSS-R");
        assertThat(d.explanation())
                .startsWith("IPSS-R 4 > 3.5; IPSS-M could change this (")
                .contains("missing: ");
        assertThat(decide(Profiles.aProfile()
                                .withHb("9")
                                .withPlatelets("150")
                                .withAnc("0.7")
                                .withBlasts("3")
                                .withNormalKaryotype()
                                .build())
                        .explanation())
                .startsWith("IPSS-R 3.5 <= 3.5"); // 1 + 0 + 0.5 + 1 + 1 = 3.5
    }

    @Test
    void unknownSaysWhatIsMissing() {
        RiskGroupDecision d = decide(Profiles.aProfile().withHb("9").build());

        assertThat(d.group()).isEqualTo("unknown");
        assertThat(d.explanation())
                .startsWith("neither IPSS-M nor IPSS-R can decide it")
                .contains("(missing: cyto, blasts, plt, anc)");
        assertThat(d.facts()).isEmpty();
    }

    @Test
    void theFirstDecisiveReportedRiskWinsAndIsNamedAsAFact() {
        // rule 3: IPSS-R "Intermediate" without a score decides nothing; the next one, IPSS Int-2, does
        ClinicalProfile p = Profiles.aProfile()
                .withReportedRisk("IPSS-R", null, "Intermediate")
                .withReportedRisk("IPSS", null, "Int-2")
                .build();

        RiskGroupDecision d = decide(p);

        assertThat(d.group()).isEqualTo("higher");
        assertThat(d.basis()).isEqualTo("reported");
        assertThat(d.flags()).containsExactly("risk group taken from a reported score, not computed");
        assertThat(d.facts()).extracting(FactUse::value).containsExactly("IPSS Int-2");
        List<FactUse> facts = new ArrayList<>();
        assertThat(RiskGroupRule.reportedGroup(p.reportedRisk().subList(0, 1), facts))
                .isNull();
        assertThat(facts).isEmpty();
    }

    @Test
    void reportedRisksOnOppositeSidesDecideNothing() {
        // #10: reported IPSS Int-2 (higher) beside a reported IPSS-M Low (lower): a conflict, not a choice
        ClinicalProfile p = Profiles.aProfile()
                .withReportedRisk("IPSS", null, "Int-2")
                .withReportedRisk("IPSS-M", null, "Low")
                .build();

        assertThat(decide(p).group()).isEqualTo("unknown");
    }

    @Test
    void aReportedScoreIsShownWithItsCategory() {
        List<FactUse> facts = new ArrayList<>();

        RiskGroupRule.reportedGroup(
                List.of(new ReportedRisk("IPSS-R", new BigDecimal("2.50"), "Low", null, null)), facts);

        assertThat(facts).extracting(FactUse::value).containsExactly("IPSS-R 2.5 Low");
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(
            value = {
                "IPSS-M, Very Low, lower",
                "IPSS-M, low, lower",
                "IPSS-M, Moderate-Low, lower",
                "IPSS-M, High, higher",
                "IPSS-M, Very High, higher",
                "IPSS-M, Intermediate, null",
                "IPSS-R, Low, lower",
                "IPSS-R, High, higher",
                "IPSS-R, Very High, higher",
                "IPSS-R, Moderate High, null",
                "IPSS, Low, lower",
                "IPSS, Intermediate-1, lower",
                "IPSS, Intermediate-2, higher",
                "IPSS, Int-2, higher",
                "IPSS, Very High, null",
                "clinician, higher-risk MDS, higher",
                "clinician, high risk, higher",
                "clinician, low risk, lower",
                "clinician, unclear, null",
                "ipss-r, very low, lower"
            },
            nullValues = "null")
    void reportedCategoriesOfSection21(String system, String category, String group) {
        assertThat(RiskGroupRule.groupOf(new ReportedRisk(system, null, category, null, null)))
                .isEqualTo(group);
    }

    @ParameterizedTest(name = "IPSS-M score {0} -> {1}")
    @CsvSource({"0, lower", "0.01, higher", "-1.5, lower", "1.6, higher"})
    void aReportedIpssmScoreWithoutCategoryUsesTheCutOffsOfSection24(String score, String group) {
        // Moderate Low is (-0.5, 0], Moderate High (0, 0.5]: 0 is lower, 0.01 higher
        assertThat(RiskGroupRule.groupOf(new ReportedRisk("IPSS-M", new BigDecimal(score), null, null, null)))
                .isEqualTo(group);
    }

    @Test
    void aReportedSystemWithNeitherScoreNorCategoryDecidesNothing() {
        assertThat(RiskGroupRule.groupOf(new ReportedRisk("IPSS-M", null, null, null, null)))
                .isNull();
        assertThat(RiskGroupRule.groupOf(new ReportedRisk("WPSS", null, null, null, null)))
                .isNull();
    }
}
