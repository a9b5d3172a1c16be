package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.pack.PathwayOutcome;
import org.recordpath.guidance.pack.Status;

/**
 * #10: hand-written profiles of imperfect records (implausible, conflicting, unknown, unreviewed, mislabelled). Each
 * case's expectations come from pathways.md / risk-scores.md, never from the engine's output.
 */
class AdversarialSuiteTest {
    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();

    static Stream<AdversarialCases.Case> cases() {
        return AdversarialCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void neverMatchesWhatTheSpecificationRulesOut(AdversarialCases.Case c) {
        GuidanceReport r = ENGINE.evaluate(c.profile());
        List<String> matched = r.pathways().stream()
                .filter(p -> p.status() == Status.MATCH)
                .map(PathwayOutcome::id)
                .toList();

        assertThat(c.why()).as(c.name() + " cites its rule").isNotBlank();
        for (String pattern : c.mustNotMatch()) {
            assertThat(matched)
                    .as(c.name() + ": must not MATCH " + pattern + " (" + c.why() + "); flags " + r.flags())
                    .noneMatch(id -> covers(pattern, id));
        }
        assertThat(matched)
                .as(c.name() + ": must MATCH (" + c.why() + "); risk " + r.riskGroup() + " " + r.riskGroupBasis())
                .containsAll(c.mustMatch());
        c.mustNote()
                .forEach((id, text) -> assertThat(r.pathway(id).orElseThrow().notes())
                        .as(c.name() + ": " + id + " notes")
                        .anyMatch(n -> n.contains(text)));
    }

    /** The suite keeps its size: at least 100 cases over every class of the issue. */
    @Test
    void coversEveryClassWithEnoughCases() {
        Map<String, Long> perClass = new TreeMap<>(
                cases().collect(Collectors.groupingBy(AdversarialCases.Case::caseClass, Collectors.counting())));
        assertThat(perClass.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(100);
        assertThat(perClass)
                .containsKeys(
                        "reported-risk",
                        "diagnosis",
                        "conflicts",
                        "karyotype-flags",
                        "drug-names",
                        "treatment-failure",
                        "unknown-facts",
                        "cautions",
                        "units",
                        "implausible-values",
                        "low-confidence");
    }

    private static boolean covers(String pattern, String id) {
        if (pattern.equals("*")) {
            return true;
        }
        return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : id.equals(pattern);
    }
}
