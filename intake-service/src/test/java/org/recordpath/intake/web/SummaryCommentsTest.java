package org.recordpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.classify.ClassificationResult;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Mutation;

/** Contradictions the clinician summary comments on instead of showing them side by side without a word (#15). */
class SummaryCommentsTest {
    private static final ClassificationResult MDS_LB =
            new ClassificationResult("MDS-LB", "low blasts, no defining genetic abnormality", List.of());

    @Test
    void aGeneInTheStatedDiagnosisThatWhoDidNotUseGetsAComment() {
        ClinicalProfile profile = profile("MDS with SF3B1 mutation", List.of());

        List<String> comments = SummaryComments.of(profile, report(MDS_LB, List.of()));

        assertThat(comments).singleElement().asString().contains("SF3B1").contains("no disease-causing SF3B1");
    }

    @Test
    void aStatedGeneThatWhoUsedNeedsNoComment() {
        ClassificationResult sf3b1 = new ClassificationResult("MDS-SF3B1", "SF3B1 VAF 38 %", List.of());

        assertThat(SummaryComments.of(profile("low blasts and SF3B1 mutation", List.of()), report(sf3b1, List.of())))
                .isEmpty();
    }

    @Test
    void anIpssmGeneMissingThoughInTheVariantsTableIsExplained() {
        Mutation unclassified =
                new Mutation("TP53", null, "p.R273H", null, new BigDecimal("12"), Classification.UNKNOWN, null, null);
        ClinicalProfile profile = profile("MDS", List.of(unclassified));

        List<String> comments = SummaryComments.of(profile, report(MDS_LB, List.of("TP53mut", "GNB1")));

        assertThat(comments)
                .singleElement()
                .asString()
                .startsWith("TP53 is in the variants table")
                .contains("unknown");
    }

    private static ClinicalProfile profile(String stated, List<Mutation> mutations) {
        Diagnosis diagnosis = new Diagnosis(null, stated, null, null, null, null, null, Map.of());
        return new ClinicalProfile(
                null, null, diagnosis, null, null, mutations, List.of(), Map.of(), null, null, List.of(), null,
                List.of(), null, List.of());
    }

    private static GuidanceReport report(ClassificationResult who, List<String> ipssmMissing) {
        IpssmResult.Scenario low = new IpssmResult.Scenario(-1, "Low");
        IpssmResult ipssm = new IpssmResult(low, low, low, null, ipssmMissing, false, List.of());
        return new GuidanceReport(
                new GuidanceReport.Risk(null, ipssm, List.of()),
                "lower",
                null,
                new GuidanceReport.Classification(who, who),
                List.of(),
                List.of(),
                new GuidanceReport.Guideline("test pack", "1"),
                List.of(),
                "not medical advice");
    }
}
