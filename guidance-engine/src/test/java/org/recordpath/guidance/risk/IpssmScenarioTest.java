package org.recordpath.guidance.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.Profiles;

/**
 * IPSS-M best / mean / worst when one clinical input is NA (risk-scores.md section 2.5, R behaviour), the HB limit of
 * section 2.2 and the list of what is missing (#10). Base: worked example A of section 2.6 (Hb 10.4, PLT 150, blasts
 * 3 %, Good, ASXL1 + SRSF2), score -0.5206.
 */
class IpssmScenarioTest {

    private static Map<String, Integer> exampleAGenes() {
        Map<String, Integer> g = new HashMap<>();
        IpssmInputs.MAIN_GENES.forEach(x -> g.put(x, 0));
        IpssmInputs.RESIDUAL_GENES.forEach(x -> g.put(x, 0));
        g.put("SF3B1", 0);
        g.put("MLL_PTD", 0);
        g.put("FLT3", 0);
        g.put("ASXL1", 1);
        g.put("SRSF2", 1);
        return g;
    }

    private static IpssmInputs exampleA(Double hb, Double plt, Double blasts, Integer cyto) {
        return new IpssmInputs(hb, plt, blasts, cyto, 0, 0, 0, 0, 0, null, null, exampleAGenes());
    }

    /**
     * Each row removes one input of example A. Its term in A and the fills of the section 2.5 table, as
     * beta x (x - mean) / ln 2:
     *   HB1   A -0.1308; best HB1 = 20:        -0.171 x (20 - 9.87) / ln 2 = -2.4991; worst 4:  +1.4481
     *   PLT   A -0.0288; best TRANSF_PLT100 = 2.5: -0.222 x (2.5 - 1.41) / ln 2 = -0.3491; worst 0: +0.4516
     *   BLAST A -0.1635; best BLAST5 = 0:      0.352 x (0 - 0.922) / ln 2 = -0.4682; worst 4:    +1.5631
     *   CYTO  A -0.1615; best CYTOVEC = 0:     0.287 x (0 - 1.39) / ln 2 = -0.5755; worst 4:     +1.0807
     * best = -0.5206 - A term + best fill, mean = -0.5206 - A term (the centre adds 0), worst likewise, e.g. PLT:
     * -0.5206 + 0.0288 - 0.3491 = -0.8409 -> -0.84; -0.4918 -> -0.49; -0.5206 + 0.0288 + 0.4516 = -0.0402 -> -0.04.
     */
    @ParameterizedTest(name = "{0} NA -> {1} / {2} / {3}")
    @CsvSource({
        "HB,       -2.89, -0.39, 1.06",
        "PLT,      -0.84, -0.49, -0.04",
        "BM_BLAST, -0.83, -0.36, 1.21",
        "CYTO_IPSSR, -0.93, -0.36, 0.72"
    })
    void aMissingClinicalInputSpansItsWholeRange(String missing, double best, double mean, double worst) {
        IpssmInputs in = exampleA(
                missing.equals("HB") ? null : 10.4,
                missing.equals("PLT") ? null : 150.0,
                missing.equals("BM_BLAST") ? null : 3.0,
                missing.equals("CYTO_IPSSR") ? null : 1);

        IpssmResult r = IpssM.compute(in);

        assertThat(r.best().score()).isEqualTo(best);
        assertThat(r.mean().score()).isEqualTo(mean);
        assertThat(r.worst().score()).isEqualTo(worst);
        assertThat(r.clinicalInputsMissing()).isTrue();
        assertThat(r.missing()).containsExactly(missing, "TP53loh");
    }

    @Test
    void hemoglobinBelowFourIsLimitedToFourWithAWarning() {
        // section 2.2: HB1 = HB limited to 4-20; the R package does so silently, we say so
        IpssmResult at4 = IpssM.compute(exampleA(4.0, 150.0, 3.0, 1));
        IpssmResult below = IpssM.compute(exampleA(3.9, 150.0, 3.0, 1));
        IpssmResult above = IpssM.compute(exampleA(20.0, 150.0, 3.0, 1));
        IpssmResult wayAbove = IpssM.compute(exampleA(21.0, 150.0, 3.0, 1));

        assertThat(below.mean().score()).isEqualTo(at4.mean().score());
        assertThat(below.warnings()).containsExactly("hemoglobin below 4 g/dL was limited to 4 (R package behaviour)");
        assertThat(at4.warnings()).isEmpty();
        assertThat(wayAbove.mean().score()).isEqualTo(above.mean().score());
        assertThat(wayAbove.warnings()).isEmpty();
    }

    @Test
    void plateletsAbove250AndBlastsAbove20AreCapped() {
        // section 2.2: TRANSF_PLT100 = min(PLT, 250) / 100; BLAST5 = min(BM_BLAST, 20) / 5
        assertThat(IpssM.compute(exampleA(10.4, 400.0, 3.0, 1)).mean().score())
                .isEqualTo(IpssM.compute(exampleA(10.4, 250.0, 3.0, 1)).mean().score());
        assertThat(IpssM.compute(exampleA(10.4, 150.0, 25.0, 1)).mean().score())
                .isEqualTo(IpssM.compute(exampleA(10.4, 150.0, 20.0, 1)).mean().score());
    }

    @Test
    void everyNaInputIsListedInTheOrderOfSection21() {
        IpssmResult r = IpssM.compute(
                new IpssmInputs(null, null, null, null, null, null, null, null, null, null, null, Map.of()));

        List<String> expected = new ArrayList<>(List.of(
                "HB",
                "PLT",
                "BM_BLAST",
                "CYTO_IPSSR",
                "del5q",
                "del7_7q",
                "del17_17p",
                "complex",
                "TP53mut",
                "TP53loh",
                "MLL_PTD",
                "FLT3",
                "SF3B1"));
        expected.addAll(IpssmInputs.MAIN_GENES);
        expected.addAll(IpssmInputs.RESIDUAL_GENES);
        assertThat(r.missing()).containsExactlyElementsOf(expected);
        assertThat(r.reported().score()).isNull();
        assertThat(r.reported().category()).isNull();
    }

    @Test
    void tp53VariantsAreCountedOncePerDistinctChange() {
        // section 2.1: TP53mut is the number of TP53 mutations; the same change reported twice is one
        assertThat(IpssmProfileInputs.from(Profiles.aProfile()
                                .withVariant("TP53", "R248Q", "20")
                                .withVariant("TP53", "R248Q", "22")
                                .build())
                        .tp53mut())
                .isEqualTo(1);
        assertThat(IpssmProfileInputs.from(Profiles.aProfile()
                                .withVariant("TP53", "R248Q", "20")
                                .withVariant("TP53", "R175H", "20")
                                .withVariant("TP53", "Y220C", "20")
                                .build())
                        .tp53mut())
                .isEqualTo(2);
        assertThat(IpssmProfileInputs.from(
                                Profiles.aProfile().withNegativeGenes("TP53").build())
                        .tp53mut())
                .isEqualTo(0);
        assertThat(IpssmProfileInputs.from(Profiles.aProfile().build()).tp53mut())
                .isNull();
    }
}
