package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordpath.guidance.pack.PathwayOutcome;

/**
 * #10: RecordPath informs, it never recommends. Pack notes, option notes, reasons and review flags are phrased as
 * information ("the guideline lists..."); the patient's questions to their doctor are questions and are not checked.
 */
class InformativeWordingTest {
    /** Imperative or recommending phrases (the issue's examples and their relatives). */
    static final Pattern RECOMMENDING = Pattern.compile(
            "(?i)\\baim for\\b|\\bshould\\b|\\brecommend|\\bhelps?\\b|\\bconsider(ed)?\\b|\\bif a candidate\\b"
                    + "|\\bwe suggest\\b|\\byou need\\b|\\bbest option\\b|\\bremove it\\b");

    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Aim for ferritin below 1000 ng/mL",
                "makes the trial recommendation stronger",
                "if a candidate, allogeneic HCT with bridging therapy",
                "adding G-CSF helps especially with ring sideroblasts",
                "iron chelation may be considered before transplant",
                "you should consider a clinical trial"
            })
    void theCheckCatchesTheIssuesExamples(String phrase) {
        assertThat(RECOMMENDING.matcher(phrase).find()).isTrue();
    }

    @Test
    void theCheckLetsInformationPass() {
        assertThat(RECOMMENDING
                        .matcher("The guideline lists a ferritin goal below 1000 ng/mL.")
                        .find())
                .isFalse();
        assertThat(RECOMMENDING
                        .matcher("For transplant candidates the guideline lists allogeneic HCT.")
                        .find())
                .isFalse();
    }

    @Test
    void everyTextOfEveryReportIsInformation() throws IOException {
        List<String> texts = new ArrayList<>();
        Stream.concat(
                        GoldProfiles.dev().map(GoldProfiles.Gold::profile),
                        AdversarialCases.all().map(AdversarialCases.Case::profile))
                .map(ENGINE::evaluate)
                .forEach(r -> texts.addAll(texts(r)));

        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(texts).noneMatch(t -> RECOMMENDING.matcher(t).find());
    }

    private static List<String> texts(GuidanceReport r) {
        List<String> out = new ArrayList<>(r.flags());
        out.add(r.riskGroupBasis().explanation());
        for (PathwayOutcome o : r.pathways()) {
            out.add(o.why());
            out.addAll(o.notes());
            o.steps().forEach(s -> out.add(s.because()));
            o.options().forEach(x -> {
                if (x.note() != null) {
                    out.add(x.note());
                }
                if (x.needs() != null) {
                    out.add(x.needs());
                }
            });
        }
        return out;
    }
}
