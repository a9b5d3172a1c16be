package org.recordpath.guidance.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recordpath.guidance.Profiles;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/** WHO 2022 and ICC 2022 types (risk-scores.md section 4). */
class ClassificationTest {

    private static String who(Profiles p) {
        return Who2022.classify(p.build()).type();
    }

    private static String icc(Profiles p) {
        return Icc2022.classify(p.build()).type();
    }

    @Test
    void biTp53ComesFirstWhateverTheBlasts() {
        Profiles p = Profiles.aLowerRiskProfile()
                .withBlasts("12")
                .withVariant("TP53", "R248Q", "30")
                .withVariant("TP53", "R175H", "25");
        assertThat(who(p)).isEqualTo("MDS-biTP53");
        assertThat(icc(p)).isEqualTo("MDS/AML with mutated TP53");
        assertThat(icc(Profiles.aLowerRiskProfile()
                        .withVariant("TP53", "R248Q", "30")
                        .withVariant("TP53", "R175H", "25")))
                .isEqualTo("MDS with mutated TP53");
    }

    @Test
    void increasedBlastsOutrankDel5qAndSf3b1() {
        Profiles ib1 = Profiles.aLowerRiskProfile().withBlasts("6").withIsolatedDel5q();
        assertThat(who(ib1)).isEqualTo("MDS-IB1");
        assertThat(icc(ib1)).isEqualTo("MDS-EB");
        assertThat(who(Profiles.aLowerRiskProfile().withBlasts("12"))).isEqualTo("MDS-IB2");
        assertThat(icc(Profiles.aLowerRiskProfile().withBlasts("12"))).isEqualTo("MDS/AML");
        assertThat(who(Profiles.aLowerRiskProfile().withBlasts("25"))).isEqualTo("AML");
    }

    @Test
    void lowBlastTypes() {
        assertThat(who(Profiles.aLowerRiskProfile().withIsolatedDel5q())).isEqualTo("MDS-5q");
        assertThat(icc(Profiles.aLowerRiskProfile().withIsolatedDel5q())).isEqualTo("MDS with del(5q)");
        assertThat(who(Profiles.aLowerRiskProfile().withVariant("SF3B1", "K700E", "7")))
                .isEqualTo("MDS-SF3B1");
        // SF3B1 VAF 7 %: WHO (>= 5 %) but not ICC (>= 10 %)
        assertThat(icc(Profiles.aLowerRiskProfile().withVariant("SF3B1", "K700E", "7")))
                .isEqualTo("MDS, NOS");
        assertThat(icc(Profiles.aLowerRiskProfile()
                        .withVariant("SF3B1", "K700E", "30")
                        .withVariant("RUNX1", "R166Q")))
                .isEqualTo("MDS, NOS");
        assertThat(who(Profiles.aLowerRiskProfile().withRingSideroblasts("20"))).isEqualTo("MDS-SF3B1");
        assertThat(who(Profiles.aLowerRiskProfile().withHypocellularMarrow(true, 15)))
                .isEqualTo("MDS-h");
        assertThat(who(Profiles.aLowerRiskProfile())).isEqualTo("MDS-LB");
        assertThat(icc(Profiles.aLowerRiskProfile().withDel5qAndMinus7())).isEqualTo("MDS, NOS without dysplasia");
    }

    @Test
    void cannotClassifyWithoutBlasts() {
        ClinicalProfile p =
                Profiles.aLowerRiskProfile().withoutLab(Analyte.BM_BLASTS).build();
        ClassificationResult r = Who2022.classify(p);
        assertThat(r.type()).isNull();
        assertThat(r.because()).isEqualTo("cannot classify: missing marrow blast %");
        assertThat(Icc2022.classify(p).because()).startsWith("cannot classify: missing");
    }

    @Test
    void untestedGenesAreListedAsMissing() {
        ClassificationResult r = Who2022.classify(
                Profiles.aProfile().withBlasts("2").withNormalKaryotype().build());
        assertThat(r.type()).isEqualTo("MDS-LB");
        assertThat(r.missing()).contains("TP53 status", "SF3B1 status");
    }
}
