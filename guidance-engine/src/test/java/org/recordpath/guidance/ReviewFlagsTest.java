package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Non-blocking flags of pathways.md section 0.4 and the germline question (Q-GERM). */
class ReviewFlagsTest {
    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();

    @Test
    void iccMdsAmlBandIsFlaggedWithoutBlocking() {
        GuidanceReport r =
                ENGINE.evaluate(Profiles.aHigherRiskProfile().withBlasts("15").build());
        assertThat(r.flags()).anyMatch(f -> f.startsWith("ICC MDS/AML"));
        assertThat(r.pathway("hr-hma").orElseThrow().status()).isEqualTo(org.recordpath.guidance.pack.Status.MATCH);
    }

    @Test
    void npm1IsFlaggedAsAmlDefining() {
        GuidanceReport r = ENGINE.evaluate(
                Profiles.aHigherRiskProfile().withVariant("NPM1", "W288Cfs*12").build());
        assertThat(r.flags()).anyMatch(f -> f.startsWith("NPM1 mutated"));
    }

    @Test
    void ddx41AtHalfVafOrYoungAgeAsksAboutInheritedCauses() {
        GuidanceReport ddx41 = ENGINE.evaluate(
                Profiles.aLowerRiskProfile().withVariant("DDX41", "R525H", "48").build());
        GuidanceReport young =
                ENGINE.evaluate(Profiles.aLowerRiskProfile().withAge(32).build());
        GuidanceReport neither = ENGINE.evaluate(Profiles.aLowerRiskProfile().build());
        assertThat(ddx41.questions()).extracting(GuidanceReport.Question::key).contains("Q-GERM");
        assertThat(young.questions()).extracting(GuidanceReport.Question::key).contains("Q-GERM");
        assertThat(neither.questions()).extracting(GuidanceReport.Question::key).doesNotContain("Q-GERM");
    }
}
