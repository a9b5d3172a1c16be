package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.CytoCategory;

/** IPSS-R against risk-scores.md section 1 (Greenberg 2012, MDS Foundation calculator tables). */
class IpssRTest {

    @Test
    void workedExampleOfSection17IsHigh() {
        // risk-scores.md 1.7: blasts 6 %, Hb 9.1, PLT 45, ANC 1.2, +8 (Intermediate): 2 + 1 + 1 + 0 + 2 = 6 -> High
        var p = Profiles.aProfile()
                .withAge(58)
                .withBlasts("6")
                .withHb("9.1")
                .withPlatelets("45")
                .withAnc("1.2")
                .withKaryotype("47,XY,+8[20]", CytoCategory.INTERMEDIATE, false, false, false, 1)
                .build();

        IpssrResult r = IpssR.compute(p);

        assertThat(r.score()).isEqualByComparingTo("6");
        assertThat(r.category()).isEqualTo("High");
        assertThat(r.components())
                .extracting(IpssrComponent::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(2), new BigDecimal(2), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
        // IPSS-RA at 58: 6 + (-12) x (0.05 - 0.03) = 5.76 -> High (section 1.7)
        assertThat(r.ageAdjusted().score()).isEqualByComparingTo("5.76");
        assertThat(r.ageAdjusted().category()).isEqualTo("High");
    }

    @Test
    void ageAdjustedExampleOfSection14() {
        // risk-scores.md 1.4: S = 3.5 at age 100 -> 3.5 + 30 x 0.0325 = 4.475 (Intermediate)
        var ra = IpssR.ageAdjusted(new BigDecimal("3.5"), 100);
        assertThat(ra.score()).isEqualByComparingTo("4.475");
        assertThat(ra.category()).isEqualTo("Intermediate");
    }

    @ParameterizedTest(name = "blasts {0} % -> {1}")
    @CsvSource({"0, 0", "2.0, 0", "2.1, 1", "4.9, 1", "4.995, 1", "5.0, 2", "10.0, 2", "10.1, 3", "19, 3"})
    void blastBoundariesOfSection12(String blasts, String points) {
        assertThat(IpssR.blastPoints(new BigDecimal(blasts))).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "Hb {0} -> {1}")
    @CsvSource({"12, 0", "10.0, 0", "9.96, 1", "8.0, 1", "7.9, 1.5", "4, 1.5"})
    void hemoglobinBoundariesOfSection12(String hb, String points) {
        assertThat(IpssR.hemoglobinPoints(new BigDecimal(hb))).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "platelets {0} -> {1}")
    @CsvSource({"250, 0", "100, 0", "99, 0.5", "50, 0.5", "49, 1", "5, 1"})
    void plateletBoundariesOfSection12(String plt, String points) {
        assertThat(IpssR.plateletPoints(new BigDecimal(plt))).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "ANC {0} -> {1}")
    @CsvSource({"3, 0", "0.8, 0", "0.79, 0.5", "0.1, 0.5"})
    void ancBoundariesOfSection12(String anc, String points) {
        assertThat(IpssR.ancPoints(new BigDecimal(anc))).isEqualByComparingTo(points);
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
        "0, Very Low",
        "1.5, Very Low",
        "2, Low",
        "3, Low",
        "3.5, Intermediate",
        "4.5, Intermediate",
        "5, High",
        "6, High",
        "6.5, Very High",
        "10, Very High"
    })
    void riskGroupBoundariesStayInTheLowerGroup(String score, String category) {
        // risk-scores.md 1.3: right-closed intervals
        assertThat(IpssR.category(new BigDecimal(score))).isEqualTo(category);
    }

    @Test
    void missingInputMakesItNotComputableWithARange() {
        // risk-scores.md 1.6: no imputation; ANC missing adds 0 or 0.5
        var p = Profiles.aLowerRiskProfile().withoutLab(Analyte.ANC).build();

        IpssrResult r = IpssR.compute(p);

        assertThat(r.computable()).isFalse();
        assertThat(r.score()).isNull();
        assertThat(r.missing()).containsExactly("anc");
        assertThat(r.min()).isEqualByComparingTo("2");
        assertThat(r.max()).isEqualByComparingTo("2.5");
    }

    @Test
    void missingKaryotypeSpansZeroToFourPoints() {
        var r = IpssR.compute(Profiles.aLowerRiskProfile().withoutKaryotype().build());
        assertThat(r.min()).isEqualByComparingTo("1");
        assertThat(r.max()).isEqualByComparingTo("5");
    }

    @Test
    void boundThatStaysWithinOnePointBandIsInexactButScored() {
        // section 1.5: ANC "<0.1" -> bound decides 0.5 points, marked inexact
        var r = IpssR.compute(Profiles.aLowerRiskProfile()
                .withLab(Analyte.ANC, "0.1", "10*9/L", "<")
                .build());
        IpssrComponent anc = r.components().get(4);
        assertThat(anc.points()).isEqualByComparingTo("0.5");
        assertThat(anc.inexact()).isTrue();
        assertThat(r.score()).isEqualByComparingTo("2.5");
    }

    @Test
    void boundThatStraddlesABoundaryIsUnknown() {
        // section 1.5: platelets ">60" could be 0.5 or 0 points
        var r = IpssR.compute(Profiles.aLowerRiskProfile()
                .withLab(Analyte.PLATELETS, "60", "10*9/L", ">")
                .build());
        assertThat(r.computable()).isFalse();
        assertThat(r.components().get(3).minPoints()).isEqualByComparingTo("0");
        assertThat(r.components().get(3).maxPoints()).isEqualByComparingTo("0.5");
    }
}
