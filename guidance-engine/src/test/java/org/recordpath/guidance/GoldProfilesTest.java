package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;

/** Every dev-corpus gold profile yields exactly its expected pathways as MATCH and asks about its expected gaps. */
class GoldProfilesTest {
    /** corpus/SCHEMA.md expected_missing vocabulary to the question keys of pathways.md section 4. */
    private static final Map<String, String> MISSING_TO_QUESTION = Map.of(
            "serum_epo",
            "Q-EPO",
            "ngs_panel",
            "Q-NGS",
            "karyotype",
            "Q-KARYO",
            "ferritin",
            "Q-FERR",
            "transfusion_history",
            "Q-TX",
            "ring_sideroblasts",
            "Q-RS",
            "transplant_candidacy",
            "Q-HCT",
            "donor",
            "Q-HCT",
            "performance_status",
            "Q-HCT");

    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();

    static Stream<GoldProfiles.Gold> golds() throws IOException {
        return GoldProfiles.dev();
    }

    /** dev and the second development set dev2 (#10: the engine's boundary keeps both exact). */
    static Stream<GoldProfiles.Gold> devAndDev2() throws IOException {
        return Stream.concat(GoldProfiles.dev(), GoldProfiles.of("dev2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devAndDev2")
    void matchesExactlyTheExpectedPathways(GoldProfiles.Gold gold) {
        GuidanceReport report = ENGINE.evaluate(gold.profile());

        List<String> matched = report.pathways().stream()
                .filter(p -> p.status() == Status.MATCH)
                .map(PathwayOutcome::id)
                .toList();
        assertThat(matched)
                .as(gold.id() + " " + report.riskGroup() + " " + report.riskGroupBasis())
                .containsExactlyInAnyOrderElementsOf(gold.expectedPathways());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void asksAboutTheExpectedMissingFacts(GoldProfiles.Gold gold) {
        GuidanceReport report = ENGINE.evaluate(gold.profile());

        List<String> asked =
                report.questions().stream().map(GuidanceReport.Question::key).toList();
        List<String> expected =
                gold.expectedMissing().stream().map(MISSING_TO_QUESTION::get).toList();
        assertThat(asked).as(gold.id()).containsAll(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void computesTheGoldIpssrScoreAndRiskGroup(GoldProfiles.Gold gold) {
        GuidanceReport report = ENGINE.evaluate(gold.profile());

        var ipssr = gold.raw().path("risk").path("ipssr");
        assertThat(report.risk().ipssr().score())
                .isEqualByComparingTo(ipssr.path("score").decimalValue());
        assertThat(report.risk().ipssr().category())
                .isEqualToIgnoringCase(ipssr.path("category").asText());
        assertThat(report.riskGroup())
                .isEqualTo(gold.raw().path("risk").path("risk_group").asText());
        assertThat(report.guideline().version()).isEqualTo("2026.1");
        assertThat(report.notice()).contains("not medical advice");
    }

    /**
     * The gold's IPSS-M (computed by the corpus authors from the gold profile, genes absent from mutations and
     * negative_genes as not tested, MLL-PTD always not tested) against ours: scores to the gold's two decimals,
     * categories as named.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("golds")
    void computesTheGoldIpssmBestMeanAndWorst(GoldProfiles.Gold gold) {
        var ipssm = gold.raw().path("risk").path("ipssm");
        org.junit.jupiter.api.Assumptions.assumeTrue(ipssm.has("mean"), gold.id() + " has no IPSS-M in its gold");
        var ours = ENGINE.evaluate(gold.profile()).risk().ipssm();

        assertThat(ours.best().score())
                .as(gold.id() + " best")
                .isCloseTo(ipssm.path("best").asDouble(), within(0.011));
        assertThat(ours.mean().score())
                .as(gold.id() + " mean")
                .isCloseTo(ipssm.path("mean").asDouble(), within(0.011));
        assertThat(ours.worst().score())
                .as(gold.id() + " worst")
                .isCloseTo(ipssm.path("worst").asDouble(), within(0.011));
        assertThat(ours.best().category())
                .isEqualToIgnoringCase(ipssm.path("category_best").asText());
        assertThat(ours.mean().category())
                .isEqualToIgnoringCase(ipssm.path("category_mean").asText());
        assertThat(ours.worst().category())
                .isEqualToIgnoringCase(ipssm.path("category_worst").asText());
    }
}
