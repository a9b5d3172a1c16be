package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.ProfileEdits;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Treatment failure at the minimum trial of pathways.md sections 2.8 and 2.9 (#10: "no response" counts only after an
 * adequate trial; progression counts at any time). Profiles are evaluated as of 2026-06-01.
 */
class TreatmentFailureTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());

    private static Finding eval(ClinicalProfile p, String predicate) {
        return DerivedCatalog.evaluate(new PatientFacts(p, LOWER), predicate, null, List.of());
    }

    private static Supplier<ClinicalProfile> course(
            String drug, String start, String end, Integer cycles, String best, String stopped) {
        return () -> Profiles.aProfile()
                .withTreatment(drug, start, end, cycles, best, stopped)
                .build();
    }

    private static Arguments row(String name, String predicate, Supplier<ClinicalProfile> p, Truth t) {
        return Arguments.of(name, predicate, p, t);
    }

    static Stream<Arguments> cases() {
        String esa = "$esaFailure";
        String len = "$lenalidomideFailure";
        String hma = "$hmaFailure";
        return Stream.of(
                // 2.8 ESA: no response counts after 8 weeks (56 days)
                row(
                        "ESA 8 weeks, no response",
                        esa,
                        course("epoetin alfa", "2026-01-05", "2026-03-02", null, "NR", "no-response"),
                        Truth.TRUE),
                row(
                        "ESA 9 weeks, SD",
                        esa,
                        course("darbepoetin alfa", "2026-01-05", "2026-03-09", null, "SD", "completed"),
                        Truth.TRUE),
                row(
                        "ESA progression after 2 weeks",
                        esa,
                        course("epoetin alfa", "2026-01-05", "2026-01-19", null, "PD", "progression"),
                        Truth.TRUE),
                row(
                        "ESA lost its response",
                        esa,
                        course("epoetin alfa", "2025-01-05", "2026-01-19", null, "HI-E", "loss-of-response"),
                        Truth.TRUE),
                row(
                        "ESA ongoing with a response",
                        esa,
                        course("epoetin alfa", "2025-06-01", null, null, "HI-E", null),
                        Truth.FALSE),
                row(
                        "ESA ongoing for 4 weeks",
                        esa,
                        course("epoetin alfa", "2026-05-04", null, null, null, null),
                        Truth.FALSE),
                row("no ESA recorded", esa, () -> Profiles.aProfile().build(), Truth.FALSE),
                row(
                        "history stated incomplete",
                        esa,
                        () -> ProfileEdits.with(Profiles.aProfile().build(), "treatmentsComplete", false),
                        Truth.UNKNOWN),
                // 2.8 lenalidomide: 16 weeks
                row(
                        "lenalidomide 16 weeks, NR",
                        len,
                        course("lenalidomide", "2026-01-05", "2026-04-27", null, "NR", "completed"),
                        Truth.TRUE),
                row(
                        "lenalidomide ongoing 8 weeks",
                        len,
                        course("lenalidomide", "2026-04-06", null, null, null, null),
                        Truth.FALSE),
                // 2.9 HMA: progression any time; NR/SD after >= 6 azacitidine or >= 4 decitabine cycles; 4-5
                // azacitidine cycles without response undecided; ongoing below 4 cycles is not failure
                row(
                        "azacitidine 6 cycles, SD",
                        hma,
                        course("azacitidine", "2025-09", "2026-03", 6, "SD", "no-response"),
                        Truth.TRUE),
                row(
                        "azacitidine 5 cycles, NR",
                        hma,
                        course("azacitidine", "2025-10", "2026-03", 5, "NR", "no-response"),
                        Truth.UNKNOWN),
                row(
                        "decitabine 4 cycles, NR",
                        hma,
                        course("decitabine", "2025-11", "2026-03", 4, "NR", "no-response"),
                        Truth.TRUE),
                row(
                        "decitabine-cedazuridine 4 cycles, SD",
                        hma,
                        course("decitabine-cedazuridine", "2025-11", "2026-03", 4, "SD", "completed"),
                        Truth.TRUE),
                row(
                        "azacitidine progression after 2 cycles",
                        hma,
                        course("azacitidine", "2026-01", "2026-03", 2, "PD", "progression"),
                        Truth.TRUE),
                row(
                        "azacitidine ongoing, 3 cycles",
                        hma,
                        course("azacitidine", "2026-03", null, 3, null, null),
                        Truth.FALSE),
                row(
                        "azacitidine ongoing with CR",
                        hma,
                        course("azacitidine", "2025-06", null, 10, "CR", null),
                        Truth.FALSE),
                row("no HMA recorded", hma, () -> Profiles.aProfile().build(), Truth.FALSE),
                row(
                        "HMA cycles unknown, NR",
                        hma,
                        course("azacitidine", "2025-06", "2026-01", null, "NR", "no-response"),
                        Truth.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}: {1} {3}")
    @MethodSource("cases")
    void failureAtTheMinimumTrial(String name, String predicate, Supplier<ClinicalProfile> p, Truth expected) {
        Finding f = eval(p.get(), predicate);

        assertThat(f.truth()).isEqualTo(expected);
        if (expected == Truth.UNKNOWN) {
            assertThat(f.questions()).as("an unknown says what would settle it").isNotEmpty();
        }
    }
}
