package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Reported IPSS-R / IPSS-M beside the computed ones (risk-scores.md section 1.3, 2.4; #10). The lower-risk profile
 * has IPSS-R 1 + 0 + 0 + 0 + 1 = 2 (Hb 9, PLT 150, ANC 2, blasts 2 %, normal karyotype) = Low, and with every gene
 * tested an IPSS-M of one value in all three scenarios.
 */
class ReportedComparisonTest {

    private static List<ReportedComparison> compare(Profiles p) {
        ClinicalProfile c = p.build();
        return ReportedComparison.compare(
                c.reportedRisk(), IpssR.compute(c), IpssM.compute(IpssmProfileInputs.from(c)));
    }

    private static ReportedComparison only(Profiles p) {
        List<ReportedComparison> all = compare(p);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static double computedIpssm() {
        ClinicalProfile c = Profiles.aLowerRiskProfile().build();
        return IpssM.compute(IpssmProfileInputs.from(c)).mean().score();
    }

    @Test
    void aReportedIpssrThatMatchesAgrees() {
        assertThat(compare(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", "2", "Low")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isTrue();
                    assertThat(c.note()).isEqualTo("matches the computed IPSS-R");
                    assertThat(c.system()).isEqualTo("IPSS-R");
                });
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", "2.0", null))
                        .agrees())
                .isTrue();
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", null, "low"))
                        .agrees())
                .isTrue();
    }

    @Test
    void aReportedIpssrScoreOrCategoryThatDiffersDisagrees() {
        assertThat(compare(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", "2.5", null)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isFalse();
                    assertThat(c.note()).isEqualTo("reported IPSS-R 2.5 differs from computed 2 (Low)");
                });
        assertThat(compare(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", null, "Very Low")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isFalse();
                    assertThat(c.note()).isEqualTo("reported IPSS-R (Very Low) differs from computed 2 (Low)");
                });
        // the right score with the wrong category is still a disagreement
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-R", "2", "Intermediate"))
                        .agrees())
                .isFalse();
    }

    @Test
    void intAndIntermediateAreTheSameIpssrCategory() {
        // IPSS-R 4 (blasts 6 %: 2 points) is Intermediate; the authors' JS port prints "Int" (section 0)
        Profiles p = Profiles.aLowerRiskProfile().withBlasts("6");

        assertThat(only(p.withReportedRisk("IPSS-R", "4", "Int")).agrees()).isTrue();
    }

    @Test
    void aReportedIpssrWithoutAComputableScoreIsNeitherConfirmedNorRefuted() {
        assertThat(compare(Profiles.aLowerRiskProfile().withoutLab(Analyte.ANC).withReportedRisk("IPSS-R", "2", "Low")))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isNull();
                    assertThat(c.note()).isEqualTo("IPSS-R not computable here");
                });
    }

    @Test
    void aReportedIpssmWithinRoundingOfTheComputedRangeAgrees() {
        double m = computedIpssm();

        assertThat(compare(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-M", String.valueOf(m), null)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isTrue();
                    assertThat(c.note()).isEqualTo("within the computed IPSS-M range");
                });
        // a report rounded to 3 decimals lies within 0.005 of the 2-decimal score
        String below = String.format(java.util.Locale.ROOT, "%.3f", m - 0.004);
        String above = String.format(java.util.Locale.ROOT, "%.3f", m + 0.004);
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-M", below, null))
                        .agrees())
                .isTrue();
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-M", above, null))
                        .agrees())
                .isTrue();
    }

    @Test
    void aReportedIpssmOutsideTheComputedRangeDisagrees() {
        double m = computedIpssm();
        String low = String.format(java.util.Locale.ROOT, "%.2f", m - 0.01);
        String high = String.format(java.util.Locale.ROOT, "%.2f", m + 0.01);

        assertThat(compare(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-M", low, null)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.agrees()).isFalse();
                    assertThat(c.note())
                            .isEqualTo("reported IPSS-M " + low + " is outside the computed range " + m + " to " + m);
                });
        assertThat(only(Profiles.aLowerRiskProfile().withReportedRisk("IPSS-M", high, null))
                        .agrees())
                .isFalse();
    }

    @Test
    void aReportedIpssmCategoryIsCheckedAgainstEveryScenario() {
        // untested residual genes: nRes2 best 0, worst 2 -> the worst scenario is 2 x 0.231 / ln 2 = 0.67 higher
        Profiles p = Profiles.aLowerRiskProfile().withoutResidualGenesTested();
        ClinicalProfile c = p.build();
        IpssmResult r = IpssM.compute(IpssmProfileInputs.from(c));

        assertThat(only(Profiles.aLowerRiskProfile()
                                .withoutResidualGenesTested()
                                .withReportedRisk("IPSS-M", null, r.worst().category()))
                        .agrees())
                .isTrue();
        assertThat(only(Profiles.aLowerRiskProfile()
                                .withoutResidualGenesTested()
                                .withReportedRisk("IPSS-M", null, r.best().category()))
                        .agrees())
                .isTrue();
        assertThat(only(Profiles.aLowerRiskProfile()
                                .withoutResidualGenesTested()
                                .withReportedRisk("IPSS-M", null, r.mean().category()))
                        .agrees())
                .isTrue();
        assertThat(compare(Profiles.aLowerRiskProfile()
                        .withoutResidualGenesTested()
                        .withReportedRisk("IPSS-M", null, "Very High")))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.agrees()).isFalse();
                    assertThat(x.note()).startsWith("reported IPSS-M (Very High) is outside");
                });
    }

    @Test
    void otherSystemsAreNotCompared() {
        assertThat(compare(Profiles.aLowerRiskProfile()
                        .withReportedRisk("IPSS", null, "Low")
                        .withReportedRisk("ipss-m", null, "Very High")))
                .singleElement()
                .satisfies(c -> assertThat(c.system()).isEqualTo("IPSS-M"));
    }
}
