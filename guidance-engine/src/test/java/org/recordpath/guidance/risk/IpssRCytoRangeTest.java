package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.json.ContractJson;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * #14: a karyotype whose IPSS-R category is known only as a range ("complex": Poor–Very Poor, 3 or 4 points; a
 * marker range +1~3mar: Intermediate–Poor, 2 or 3 points) makes the IPSS-R a range of scores; the risk group is
 * given only when the lowest and highest scores fall in the same group (risk-scores.md sections 1.2, 1.3).
 */
class IpssRCytoRangeTest {

    @ParameterizedTest(name = "{0}: {5} to {6}, group {7}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            complex           | 12 | 7.5 | 40  | 0.5 | 9  | 10 | Very High
            complex           | 1  | 11  | 150 | 2   | 3  | 4  | NULL
            complex           | 6  | 9   | 120 | 1.0 | 6  | 7  | NULL
            complex           | 11 | 9   | 120 | 1.0 | 7  | 8  | Very High
            47,XY,+1~3mar[20] | 1  | 11  | 150 | 2   | 2  | 3  | Low
            47,XY,+1-3mar[20] | 3  | 11  | 150 | 2   | 3  | 4  | NULL
            """)
    void scoresARangeAndDecidesTheGroupOnlyWhenBothEndsAgree(
            String karyotype, String blasts, String hb, String plt, String anc, String min, String max, String group) {
        // hand calculation, section 1.2: blasts 12 -> 3, 11 -> 3, 6 -> 2, 3 -> 1, 1 -> 0; Hb 7.5 -> 1.5, 9 -> 1,
        // 11 -> 0; PLT 40 -> 1, 120/150 -> 0; ANC 0.5 -> 0.5, >= 0.8 -> 0. Then add the cytogenetic range.
        var finding =
                Karyotypes.read(karyotype).parsed().orElseThrow().toFinding(LocalDate.of(2026, 5, 1), Profiles.SOURCE);
        var p = Profiles.aProfile()
                .withBlasts(blasts)
                .withHb(hb)
                .withPlatelets(plt)
                .withAnc(anc)
                .withKaryotype(finding)
                .build();

        IpssrResult r = IpssR.compute(p);

        assertThat(finding.ipssrCategory()).isNull();
        assertThat(r.score()).isNull();
        assertThat(r.min()).isEqualByComparingTo(min);
        assertThat(r.max()).isEqualByComparingTo(max);
        assertThat(r.category()).isEqualTo(group);
        assertThat(r.components().get(0).value()).contains("–");
        String side = RiskGroupRule.ipssrSide(r);
        // the lower/higher split at 3.5 is decided only when both ends are on one side of it
        assertThat(side)
                .isEqualTo(
                        Double.parseDouble(max) <= 3.5
                                ? RiskGroupRule.LOWER
                                : Double.parseDouble(min) > 3.5 ? RiskGroupRule.HIGHER : null);
    }

    @Test
    void theRangeAndTheRepairsTravelInTheProfileJson() throws Exception {
        var finding = Karyotypes.read("44-47,XY,-7,+8,+1~3mar[cp10]/46,XY[10]")
                .parsed()
                .orElseThrow()
                .toFinding(LocalDate.of(2026, 5, 1), Profiles.SOURCE);
        var p = Profiles.aProfile().withKaryotype(finding).build();

        String json = ContractJson.mapper().writeValueAsString(p);
        var back = ContractJson.mapper().readValue(json, ClinicalProfile.class);
        var node = ContractJson.mapper().readTree(json).path("karyotype");

        // -7, +8 and 1 to 3 markers: 3 to 5 abnormalities, complex either way -> Poor to Very Poor (section 3.5)
        assertThat(node.path("ipssrRange").path("low").asText()).isEqualTo("Poor");
        assertThat(node.path("ipssrRange").path("high").asText()).isEqualTo("Very Poor");
        assertThat(node.path("repairs").get(0).asText()).startsWith("hyphen-range:");
        assertThat(back.karyotype()).isEqualTo(finding);
    }
}
