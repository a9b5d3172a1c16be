package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/** pathways.md section 2.1 decision order. */
class RiskGroupRuleTest {

    private static RiskGroupDecision decide(ClinicalProfile p) {
        return RiskGroupRule.decide(IpssR.compute(p), IpssM.compute(IpssmProfileInputs.from(p)), p.reportedRisk());
    }

    @Test
    void ipssrBoundsDecideWhenTheRangeStaysOnOneSide() {
        // IPSS-R 2 + ANC missing (0 or 0.5) stays <= 3.5; no genes tested so IPSS-M is not determinate
        RiskGroupDecision d = decide(Profiles.aProfile()
                .withHb("9")
                .withPlatelets("150")
                .withBlasts("2")
                .withNormalKaryotype()
                .build());
        assertThat(d.group()).isEqualTo("lower");
        assertThat(d.basis()).isEqualTo("IPSS-R bounds");
    }

    @Test
    void missingKaryotypeThatCouldCross35IsDecidedByAReportedRisk() {
        ClinicalProfile p = Profiles.aProfile()
                .withHb("9")
                .withPlatelets("150")
                .withAnc("2")
                .withBlasts("6")
                .withReportedRisk("IPSS", null, "Int-2")
                .build();
        RiskGroupDecision d = decide(p);
        assertThat(d.group()).isEqualTo("higher");
        assertThat(d.basis()).isEqualTo("reported");
        assertThat(d.flags()).anyMatch(f -> f.contains("reported"));
    }

    @Test
    void nothingKnownIsUnknown() {
        RiskGroupDecision d = decide(Profiles.aProfile().build());
        assertThat(d.group()).isEqualTo("unknown");
        assertThat(d.basis()).isEqualTo("none");
    }

    @Test
    void computedAndReportedDisagreementIsFlagged() {
        RiskGroupDecision d = decide(Profiles.aLowerRiskProfile()
                .withReportedRisk("IPSS-R", "5", "High")
                .build());
        assertThat(d.group()).isEqualTo("lower");
        assertThat(d.flags()).anyMatch(f -> f.contains("differs from the reported one"));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(
            value = {
                "IPSS-M, null, Moderate Low, lower",
                "IPSS-M, null, Moderate High, higher",
                "IPSS-M, 0.2, null, higher",
                "IPSS-R, 3.5, null, lower",
                "IPSS-R, 4, null, higher",
                "IPSS-R, null, Intermediate, null",
                "IPSS-R, null, Very Low, lower",
                "IPSS, null, Int-1, lower",
                "IPSS, null, High, higher",
                "clinician, null, lower-risk MDS, lower"
            },
            nullValues = "null")
    void reportedRiskMapsToAGroup(String system, String score, String category, String group) {
        var r = new org.recordpath.model.profile.ReportedRisk(
                system, score == null ? null : new java.math.BigDecimal(score), category, null, null);
        assertThat(RiskGroupRule.groupOf(r)).isEqualTo(group);
    }

    @Test
    void reportedIpssrDisagreementIsShownBesideTheComputedScore() {
        ClinicalProfile p = Profiles.aLowerRiskProfile()
                .withReportedRisk("IPSS-R", "3.5", "Intermediate")
                .withReportedRisk("IPSS-M", "5", "Very High")
                .withLab(Analyte.ANC, "2", "10*9/L", null)
                .build();
        var cmp = ReportedComparison.compare(
                p.reportedRisk(), IpssR.compute(p), IpssM.compute(IpssmProfileInputs.from(p)));
        assertThat(cmp).hasSize(2).allSatisfy(c -> assertThat(c.agrees()).isFalse());
        assertThat(cmp.get(0).note()).contains("differs from computed 2 (Low)");
    }
}
