package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.logic.Truth;

/**
 * IPSS-M against risk-scores.md section 2: the expected numbers are the worked examples of section 2.6 (computed by
 * the spec authors with the R package) and pathways.md section 1.3 (E1, E3, E4, E5), which were re-derived by hand
 * from the coefficient table of section 2.3 (sum of beta x (x - mean) / ln 2).
 */
class IpssMTest {

    /** All genes tested: 0 unless set; MLL_PTD and FLT3 assessed. */
    private static Map<String, Integer> allNegative() {
        Map<String, Integer> g = new HashMap<>();
        IpssmInputs.MAIN_GENES.forEach(x -> g.put(x, 0));
        IpssmInputs.RESIDUAL_GENES.forEach(x -> g.put(x, 0));
        g.put("SF3B1", 0);
        g.put("MLL_PTD", 0);
        g.put("FLT3", 0);
        return g;
    }

    private static IpssmInputs inputs(double hb, double plt, double blasts, int cyto, Map<String, Integer> genes) {
        return new IpssmInputs(hb, plt, blasts, cyto, 0, 0, 0, 0, 0, null, null, genes);
    }

    @Test
    void workedExampleA() {
        // section 2.6 A: Hb 10.4, PLT 150, blasts 3 %, Good, ASXL1 + SRSF2, all else negative -> -0.5206 -> -0.52 Low
        Map<String, Integer> g = allNegative();
        g.put("ASXL1", 1);
        g.put("SRSF2", 1);

        IpssmResult r = IpssM.compute(inputs(10.4, 150, 3, 1, g));

        assertThat(r.mean().score()).isEqualTo(-0.52);
        assertThat(r.mean().category()).isEqualTo("Low");
        assertThat(r.best()).isEqualTo(r.worst());
        assertThat(r.reported().score()).isEqualTo(-0.52);
        assertThat(r.missing()).containsExactly("TP53loh");
    }

    @Test
    void workedExampleBWithUntestedResidualGenes() {
        // section 2.6 B: Hb 8.2, PLT 62, blasts 7 %, Intermediate, DNMT3A, residual genes untested
        // -> nRes2 0 / 0.388 / 2; scores 0.79 / 0.92 / 1.46, all High; range 0.67 <= 1 -> report 0.92 High
        Map<String, Integer> g = allNegative();
        g.put("DNMT3A", 1);
        IpssmInputs.RESIDUAL_GENES.forEach(g::remove);

        IpssmResult r = IpssM.compute(inputs(8.2, 62, 7, 2, g));

        assertThat(r.best().score()).isEqualTo(0.79);
        assertThat(r.mean().score()).isEqualTo(0.92);
        assertThat(r.worst().score()).isEqualTo(1.46);
        assertThat(r.reported().score()).isEqualTo(0.92);
        assertThat(r.reported().category()).isEqualTo("High");
        assertThat(r.missing()).containsAll(IpssmInputs.RESIDUAL_GENES);
    }

    @Test
    void pathwayExampleE1() {
        // pathways.md E1: Hb 8.4, PLT 210, blasts 2, 46,XY (Good), SF3B1 K700E -> SF3B1_alpha 1 -> -1.09 Low
        Map<String, Integer> g = allNegative();
        g.put("SF3B1", 1);
        IpssmResult r = IpssM.compute(inputs(8.4, 210, 2, 1, g));
        assertThat(r.mean().score()).isEqualTo(-1.09);
        assertThat(r.mean().category()).isEqualTo("Low");
    }

    @Test
    void pathwayExampleE3WithDel5q() {
        // pathways.md E3: Hb 7.9, PLT 260, blasts 3, del(5q) (Good), genes negative -> -0.88 Low
        IpssmInputs in = new IpssmInputs(7.9, 260.0, 3.0, 1, 1, 0, 0, 0, 0, null, null, allNegative());
        assertThat(IpssM.compute(in).mean().score()).isEqualTo(-0.88);
    }

    @Test
    void pathwayExampleE4WithMultiHitTp53() {
        // pathways.md E4: Hb 9.2, PLT 45, blasts 12, Very Poor, two TP53 variants -> 3.32 Very High
        IpssmInputs in = new IpssmInputs(9.2, 45.0, 12.0, 4, 0, 0, 0, 1, 2, 30.0, null, allNegative());
        IpssmResult r = IpssM.compute(in);
        assertThat(r.mean().score()).isEqualTo(3.32);
        assertThat(r.mean().category()).isEqualTo("Very High");
    }

    @Test
    void pathwayExampleE5DeterminateAndWithoutResidualGenes() {
        // pathways.md E5: Hb 9.0, PLT 120, blasts 3, +8 (Intermediate) -> -0.32 Moderate Low;
        // residual genes untested -> -0.32 to +0.35 (Moderate Low to Moderate High)
        IpssmResult tested = IpssM.compute(inputs(9.0, 120, 3, 2, allNegative()));
        assertThat(tested.mean().score()).isEqualTo(-0.32);
        assertThat(tested.mean().category()).isEqualTo("Moderate Low");

        Map<String, Integer> g = allNegative();
        IpssmInputs.RESIDUAL_GENES.forEach(g::remove);
        IpssmResult untested = IpssM.compute(inputs(9.0, 120, 3, 2, g));
        assertThat(untested.best().score()).isEqualTo(-0.32);
        assertThat(untested.worst().score()).isEqualTo(0.35);
        assertThat(untested.worst().category()).isEqualTo("Moderate High");
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({
        "-2, Very Low",
        "-1.5, Very Low",
        "-1.49, Low",
        "-0.5, Low",
        "-0.49, Moderate Low",
        "0, Moderate Low",
        "0.01, Moderate High",
        "0.5, Moderate High",
        "0.51, High",
        "1.5, High",
        "1.51, Very High"
    })
    void categoriesAreRightClosed(double score, String category) {
        // section 2.4: cut-offs -1.5, -0.5, 0, 0.5, 1.5 closed on the right
        assertThat(IpssM.category(score)).isEqualTo(category);
    }

    @Test
    void nRes2MeanFollowsTheFormulaOfSection25() {
        // section 2.5: N = 1 with 14 missing -> mean nRes2 = 1 + 0.5 x 14/15 x 0.388 = 1.18107;
        // checked through the score difference against N = 1 with nothing missing
        Map<String, Integer> one = allNegative();
        one.put("BCOR", 1);
        Map<String, Integer> oneMissing14 = new HashMap<>(one);
        IpssmInputs.RESIDUAL_GENES.stream().filter(x -> !x.equals("BCOR")).forEach(oneMissing14::remove);
        double a = IpssM.compute(inputs(10, 150, 2, 1, one)).mean().score();
        double b = IpssM.compute(inputs(10, 150, 2, 1, oneMissing14)).mean().score();
        assertThat(b - a).isCloseTo(0.231 * 0.18107 / Math.log(2), within(0.011));
    }

    @Test
    void everythingMissingGivesBestAndWorstBoundsAndNoSingleResult() {
        IpssmResult r = IpssM.compute(
                new IpssmInputs(null, null, null, null, null, null, null, null, null, null, null, Map.of()));
        assertThat(r.clinicalInputsMissing()).isTrue();
        assertThat(r.best().category()).isEqualTo("Very Low");
        assertThat(r.worst().category()).isEqualTo("Very High");
        assertThat(r.reported().score()).isNull();
        assertThat(r.reported().category()).isNull();
        // mean scenario imputes every variable at its centre: contributions 0 except nRes2 (0.388 - 0.388)
        assertThat(r.mean().score()).isEqualTo(0.0);
    }

    @Test
    void wideRangeInOneCategoryReportsTheCategoryOnly() {
        Map<String, Integer> g = allNegative();
        g.remove("MLL_PTD");
        g.remove("FLT3");
        IpssmResult r = IpssM.compute(new IpssmInputs(8.0, 20.0, 15.0, 4, 0, 1, 0, 1, 2, 60.0, 1, g));
        assertThat(r.worst().score() - r.best().score()).isGreaterThan(1);
        assertThat(r.reported().score()).isNull();
        assertThat(r.reported().category()).isEqualTo("Very High");
    }

    @Test
    void hemoglobinBelowFourIsClampedWithAWarning() {
        // section 2.7: clamp as the R package does
        IpssmResult low = IpssM.compute(inputs(3.1, 150, 2, 1, allNegative()));
        IpssmResult four = IpssM.compute(inputs(4.0, 150, 2, 1, allNegative()));
        assertThat(low.mean().score()).isEqualTo(four.mean().score());
        assertThat(low.warnings()).isNotEmpty();
    }

    @ParameterizedTest(name = "TP53mut {0}, VAF {1}, del17p {2}, LOH {3} -> {4}")
    @CsvSource(
            value = {
                "0, null, 0, null, FALSE",
                "2, 20, 0, 0, TRUE",
                "1, 56, 0, null, TRUE",
                "1, 55, 0, null, UNKNOWN",
                "1, 30, 1, null, TRUE",
                "1, 30, 0, 0, FALSE",
                "1, 30, 0, 1, TRUE",
                "null, null, 0, 1, UNKNOWN"
            },
            nullValues = "null")
    void tp53MultiHitFollowsSection22(Integer mut, Double vaf, Integer del17, Integer loh, Truth expected) {
        // VAF exactly 55 % is not LOH (strictly greater)
        IpssmInputs in = new IpssmInputs(10.0, 150.0, 2.0, 1, 0, 0, del17, 0, mut, vaf, loh, allNegative());
        assertThat(IpssM.tp53multi(in)).isEqualTo(expected);
    }

    @Test
    void sf3b1With5qIsDecidedByThreeValuedLogic() {
        // section 2.2 note: SF3B1 = NA and del5q = 0 gives SF3B1_5q = 0 (no NA), so SF3B1_5q is not missing
        Map<String, Integer> g = allNegative();
        g.remove("SF3B1");
        IpssmResult r = IpssM.compute(inputs(10, 150, 2, 1, g));
        // best and worst differ only by SF3B1_alpha (NA because SF3B1 is NA): beta -0.0794 x 1 / ln2 = 0.11
        assertThat(r.worst().score() - r.best().score()).isCloseTo(0.0794 / Math.log(2), within(0.011));
    }
}
