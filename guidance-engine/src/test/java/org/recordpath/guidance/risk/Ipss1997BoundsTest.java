package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.SpecKaryotypes;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * The IPSS (Greenberg 1997) range a profile allows, used only to check a reported IPSS category (#10: "marrow blasts
 * 15 % cannot be IPSS Int-1"). risk-scores.md has no IPSS 1997 section; the points are the published ones: blasts
 * &lt; 5 % 0, 5-10 % 0.5, 11-20 % 1.5, 21-30 % 2; karyotype good 0, intermediate 0.5, poor 1; cytopenias (Hb &lt; 10,
 * ANC &lt; 1.8, platelets &lt; 100) in 0-1 lineages 0, 2-3 lineages 0.5. Low 0, Int-1 0.5-1, Int-2 1.5-2, High
 * 2.5 or more.
 */
class Ipss1997BoundsTest {

    /** Normal karyotype (0), Hb 11, ANC 2, platelets 150 (no cytopenia): only the blasts count. */
    private static Profiles quiet() {
        return Profiles.aProfile()
                .withHb("11")
                .withAnc("2")
                .withPlatelets("150")
                .withNormalKaryotype();
    }

    private static String range(ClinicalProfile p) {
        BigDecimal[] r = Ipss1997Bounds.of(p);
        return r[0].stripTrailingZeros().toPlainString() + ".."
                + r[1].stripTrailingZeros().toPlainString();
    }

    @ParameterizedTest(name = "blasts {0} % -> {1}")
    @CsvSource({"4.9, 0..0", "5, 0.5..0.5", "10, 0.5..0.5", "10.1, 1.5..1.5", "20, 1.5..1.5", "20.1, 2..2"})
    void blastPoints(String blasts, String expected) {
        assertThat(range(quiet().withBlasts(blasts).build())).isEqualTo(expected);
    }

    @Test
    void karyotypePoints() {
        // good 0; -7 or complex poor 1; one other abnormality good or intermediate (0 or 0.5); unknown 0 to 1
        assertThat(range(quiet().withBlasts("2").build())).isEqualTo("0..0");
        assertThat(range(SpecKaryotypes.minus7(quiet().withBlasts("2")).build()))
                .isEqualTo("1..1");
        assertThat(range(SpecKaryotypes.complexWithout5qOr7(quiet().withBlasts("2"))
                        .build()))
                .isEqualTo("1..1");
        assertThat(range(SpecKaryotypes.del5qPlusOne(quiet().withBlasts("2")).build()))
                .isEqualTo("0..0.5");
        assertThat(range(quiet().withBlasts("2").withoutKaryotype().build())).isEqualTo("0..1");
    }

    @ParameterizedTest(name = "Hb {0}, ANC {1}, platelets {2} -> {3}")
    @CsvSource(
            value = {
                "9.9, 1.7, 150, 0.5..0.5", // two lineages
                "9.9, 2, 150, 0..0", // one lineage
                "10, 1.8, 100, 0..0", // each exactly at its line: none
                "9.9, 1.7, 99, 0.5..0.5",
                "9.9, null, 150, 0..0.5", // ANC unknown could make it two
                "null, null, 150, 0..0.5",
                "11, null, 150, 0..0" // at most one lineage even if ANC is low
            },
            nullValues = "null")
    void cytopeniaPoints(String hb, String anc, String plt, String expected) {
        Profiles p = Profiles.aProfile().withBlasts("2").withNormalKaryotype().withPlatelets(plt);
        if (hb != null) {
            p.withHb(hb);
        }
        if (anc != null) {
            p.withAnc(anc);
        }

        assertThat(range(p.build())).isEqualTo(expected);
    }

    @Test
    void aBoundOrAMissingBlastCountSpansZeroToTwo() {
        assertThat(range(quiet().build())).isEqualTo("0..2");
        assertThat(range(quiet().withLab(Analyte.BM_BLASTS, "5", "%", "<").build()))
                .isEqualTo("0..2");
        assertThat(range(quiet().withBlasts("2")
                        .withLab(Analyte.HEMOGLOBIN, "10", "g/dL", "<")
                        .withAnc("1")
                        .build()))
                .isEqualTo("0..0.5");
    }

    @Test
    void theWorstCaseAddsUp() {
        // blasts 25 % (2) + -7 (1) + Hb 8, ANC 0.5, platelets 30 (0.5) = 3.5
        ClinicalProfile p = SpecKaryotypes.minus7(Profiles.aProfile()
                        .withBlasts("25")
                        .withHb("8")
                        .withAnc("0.5")
                        .withPlatelets("30"))
                .build();

        assertThat(range(p)).isEqualTo("3.5..3.5");
        assertThat(Ipss1997Bounds.category(new BigDecimal("3.5"))).isEqualTo("high");
    }

    @ParameterizedTest(name = "IPSS {0} -> {1}")
    @CsvSource({"0, low", "0.5, int 1", "1, int 1", "1.5, int 2", "2, int 2", "2.5, high"})
    void categoryOfATotal(String score, String category) {
        assertThat(Ipss1997Bounds.category(new BigDecimal(score))).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource({
        "low, 0, 0",
        "int 1, 0.5, 1",
        "intermediate 1, 0.5, 1",
        "int 2, 1.5, 2",
        "intermediate 2, 1.5, 2",
        "high, 2.5, 3.5"
    })
    void intervalOfACategory(String category, String low, String high) {
        BigDecimal[] r = Ipss1997Bounds.interval(category);

        assertThat(r[0]).isEqualByComparingTo(low);
        assertThat(r[1]).isEqualByComparingTo(high);
        assertThat(Ipss1997Bounds.interval("very high")).isNull();
    }
}
