package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.ProfileEdits;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * The derived predicates of pathways.md sections 2.2-2.5, 2.7, 2.10 on and either side of each threshold (#10). Only
 * the truth and the questions asked are checked: they decide a pathway.
 */
class FactsBoundaryTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());

    static Finding eval(ClinicalProfile p, String predicate) {
        return DerivedCatalog.evaluate(new PatientFacts(p, LOWER), predicate, null, List.of());
    }

    private static ClinicalProfile edit(Profiles p, String path, Object value) {
        return ProfileEdits.with(p.build(), path, value);
    }

    private static Profiles none() {
        return Profiles.aProfile();
    }

    private static Arguments row(String name, String predicate, Supplier<ClinicalProfile> p, Truth t) {
        return Arguments.of(name, predicate, p, t);
    }

    static Stream<Arguments> cases() {
        String td = "$transfusionDependent";
        String htb = "$highTransfusionBurden";
        String anemia = "$symptomaticAnemia";
        String plt = "$clinicallyRelevantThrombocytopenia";
        String anc = "$clinicallyRelevantNeutropenia";
        String blasts = "$increasedBlasts";
        String rs = "$rsPositive";
        String ist = "$istFavourable";
        return Stream.of(
                // 2.3: dependent if >= 3 units/16 weeks (>= 2 episodes when known) or >= 1.5 units/8 weeks;
                // not dependent at <= 2 units/16 weeks (<= 1 per 8 weeks); in between only a statement decides
                row(
                        "3 units in 16 weeks, 2 episodes",
                        td,
                        () -> none().withTransfusionsIn16Weeks(3, 2).build(),
                        Truth.TRUE),
                row(
                        "2 units in 16 weeks",
                        td,
                        () -> none().withTransfusionsIn16Weeks(2, 2).build(),
                        Truth.FALSE),
                row(
                        "1.5 units per 8 weeks",
                        td,
                        () -> none().withTransfusions("1.5", null).build(),
                        Truth.TRUE),
                row(
                        "1.4 units per 8 weeks",
                        td,
                        () -> none().withTransfusions("1.4", null).build(),
                        Truth.UNKNOWN),
                row(
                        "1 unit per 8 weeks",
                        td,
                        () -> none().withTransfusions("1", null).build(),
                        Truth.FALSE),
                row("stated dependent", td, () -> edit(none(), "transfusion.dependent", true), Truth.TRUE),
                row("stated independent", td, () -> edit(none(), "transfusion.dependent", false), Truth.FALSE),
                row("nothing recorded", td, () -> none().build(), Truth.UNKNOWN),
                // 2.3: high burden at >= 4 units per 8 weeks
                row(
                        "4 units per 8 weeks",
                        htb,
                        () -> none().withTransfusions("4", null).build(),
                        Truth.TRUE),
                row(
                        "3.9 units per 8 weeks",
                        htb,
                        () -> none().withTransfusions("3.9", null).build(),
                        Truth.FALSE),
                row(
                        "16 units in 16 weeks",
                        htb,
                        () -> none().withTransfusionsIn16Weeks(16, 8).build(),
                        Truth.TRUE),
                row("no transfusions stated", htb, () -> edit(none(), "transfusion.dependent", false), Truth.FALSE),
                row("burden not recorded", htb, () -> none().build(), Truth.UNKNOWN),
                // 2.2: Hb < 10, or transfusion dependent; a clinician's statement wins both ways
                row("Hb 9.9", anemia, () -> none().withHb("9.9").build(), Truth.TRUE),
                row("Hb 10", anemia, () -> none().withHb("10").build(), Truth.FALSE),
                row(
                        "Hb 12, dependent",
                        anemia,
                        () -> none().withHb("12").withTransfusions("2", null).build(),
                        Truth.TRUE),
                row(
                        "Hb 8, clinician says not symptomatic",
                        anemia,
                        () -> none().withHb("8")
                                .withClinicianSymptomaticAnemia(false)
                                .build(),
                        Truth.FALSE),
                row(
                        "Hb 12, clinician says symptomatic",
                        anemia,
                        () -> none().withHb("12")
                                .withClinicianSymptomaticAnemia(true)
                                .build(),
                        Truth.TRUE),
                row("no Hb, transfusions unknown", anemia, () -> none().build(), Truth.UNKNOWN),
                // 2.4: platelets < 50, ANC < 0.5, BM blasts >= 5
                row("platelets 49.9", plt, () -> none().withPlatelets("49.9").build(), Truth.TRUE),
                row("platelets 50", plt, () -> none().withPlatelets("50").build(), Truth.FALSE),
                row(
                        "platelets 150, bleeding",
                        plt,
                        () -> edit(none().withPlatelets("150"), "clinical.bleeding", true),
                        Truth.TRUE),
                row(
                        "platelets 150, platelet transfusions",
                        plt,
                        () -> edit(none().withPlatelets("150"), "transfusion.plateletTransfusionDependent", true),
                        Truth.TRUE),
                row("platelets not recorded", plt, () -> none().build(), Truth.UNKNOWN),
                row("ANC 0.49", anc, () -> none().withAnc("0.49").build(), Truth.TRUE),
                row("ANC 0.5", anc, () -> none().withAnc("0.5").build(), Truth.FALSE),
                row(
                        "ANC 2, recurrent infections",
                        anc,
                        () -> edit(none().withAnc("2"), "clinical.recurrentInfections", true),
                        Truth.TRUE),
                row("ANC not recorded", anc, () -> none().build(), Truth.UNKNOWN),
                row("blasts 5 %", blasts, () -> none().withBlasts("5").build(), Truth.TRUE),
                row("blasts 4.9 %", blasts, () -> none().withBlasts("4.9").build(), Truth.FALSE),
                row("blasts not recorded", blasts, () -> none().build(), Truth.UNKNOWN),
                // 2.7: RS >= 15 %, or >= 5 % with SF3B1 mutated
                row("RS 15 %", rs, () -> none().withRingSideroblasts("15").build(), Truth.TRUE),
                row(
                        "RS 14.9 %, SF3B1 negative",
                        rs,
                        () -> none().withRingSideroblasts("14.9")
                                .withNegativeGenes("SF3B1")
                                .build(),
                        Truth.FALSE),
                row(
                        "RS 5 %, SF3B1 mutated",
                        rs,
                        () -> none().withRingSideroblasts("5")
                                .withVariant("SF3B1", "K700E")
                                .build(),
                        Truth.TRUE),
                row(
                        "RS 4.9 %, SF3B1 mutated",
                        rs,
                        () -> none().withRingSideroblasts("4.9")
                                .withVariant("SF3B1", "K700E")
                                .build(),
                        Truth.FALSE),
                row(
                        "RS 10 %, SF3B1 untested",
                        rs, () -> none().withRingSideroblasts("10").build(), Truth.UNKNOWN),
                row("RS not recorded", rs, () -> none().build(), Truth.UNKNOWN),
                // 2.10: hypocellular (or cellularity <= 25 %), PNH, HLA-DR15, or age <= 60 with blasts <= 5 %
                row(
                        "cellularity 25 %",
                        ist,
                        () -> none().withAge(75)
                                .withBlasts("3")
                                .withHypocellularMarrow(null, 25)
                                .build(),
                        Truth.TRUE),
                row(
                        "cellularity 26 %",
                        ist,
                        () -> none().withAge(75)
                                .withBlasts("3")
                                .withHypocellularMarrow(null, 26)
                                .build(),
                        Truth.FALSE),
                row(
                        "PNH clone",
                        ist,
                        () -> none().withAge(75)
                                .withHypocellularMarrow(false, null)
                                .withPnhClone(true)
                                .build(),
                        Truth.TRUE),
                row(
                        "HLA-DR15",
                        ist,
                        () -> edit(none().withAge(75).withHypocellularMarrow(false, null), "clinical.hlaDr15", true),
                        Truth.TRUE),
                row(
                        "age 60, blasts 5 %",
                        ist,
                        () -> none().withAge(60)
                                .withBlasts("5")
                                .withHypocellularMarrow(false, null)
                                .build(),
                        Truth.TRUE),
                row(
                        "age 61, blasts 5 %",
                        ist,
                        () -> none().withAge(61)
                                .withBlasts("5")
                                .withHypocellularMarrow(false, null)
                                .build(),
                        Truth.FALSE),
                row(
                        "age 60, blasts 5.1 %",
                        ist,
                        () -> none().withAge(60)
                                .withBlasts("5.1")
                                .withHypocellularMarrow(false, null)
                                .build(),
                        Truth.FALSE),
                row(
                        "age 75, cellularity unknown",
                        ist,
                        () -> none().withAge(75).withBlasts("3").build(),
                        Truth.UNKNOWN),
                row(
                        "age unknown, not hypocellular",
                        ist,
                        () -> none().withAge(null)
                                .withBlasts("3")
                                .withHypocellularMarrow(false, null)
                                .build(),
                        Truth.UNKNOWN));
    }

    @ParameterizedTest(name = "{1} with {0} -> {3}")
    @MethodSource("cases")
    void predicateAtTheThreshold(String name, String predicate, Supplier<ClinicalProfile> p, Truth expected) {
        Finding f = eval(p.get(), predicate);

        assertThat(f.truth()).isEqualTo(expected);
        if (expected == Truth.UNKNOWN) {
            assertThat(f.questions()).as("an unknown says what would settle it").isNotEmpty();
        }
    }

    @Test
    void theQuestionsNameWhatIsMissing() {
        assertThat(eval(none().build(), "$transfusionDependent").questions()).containsExactly("Q-TX");
        assertThat(eval(none().build(), "$highTransfusionBurden").questions()).containsExactly("Q-TX");
        assertThat(eval(none().build(), "$symptomaticAnemia").questions()).containsExactly("Q-HB", "Q-TX");
        assertThat(eval(none().build(), "$clinicallyRelevantThrombocytopenia").questions())
                .containsExactly("Q-CBC");
        assertThat(eval(none().build(), "$increasedBlasts").questions()).containsExactly("Q-BLASTS");
        assertThat(eval(none().build(), "$rsPositive").questions()).containsExactly("Q-RS", "Q-NGS");
        assertThat(eval(none().withAge(75).build(), "$istFavourable").questions())
                .containsExactly("Q-IST");
        assertThat(eval(none().withBlasts("7").build(), "$increasedBlasts").questions())
                .isEmpty();
        assertThat(eval(none().withPlatelets("30").build(), "$clinicallyRelevantThrombocytopenia")
                        .questions())
                .isEmpty();
    }

    @Test
    void hbOfTenWithoutTransfusionDataAssumesNoneAndAsksToConfirm() {
        // 2.2: "When transfusion data are simply absent, say 'assumes no regular transfusions' and show Q-TX"
        Finding f = eval(none().withHb("10").build(), "$symptomaticAnemia");

        assertThat(f.truth()).isEqualTo(Truth.FALSE);
        assertThat(f.because()).contains("assumes no regular transfusions");
        assertThat(f.questions()).containsExactly("Q-TX");
        Finding known = eval(none().withHb("10").withTransfusions("0", null).build(), "$symptomaticAnemia");
        assertThat(known.truth()).isEqualTo(Truth.FALSE);
        assertThat(known.questions()).isEmpty();
        assertThat(known.because()).doesNotContain("assumes");
    }

    @Test
    void aClinicianStatementAgainstTheNumbersIsFlaggedForReview() {
        // 2.2: "A clinician's explicit statement wins over the numbers in both directions; flag the conflict."
        assertThat(eval(none().withHb("8").withClinicianSymptomaticAnemia(false).build(), "$symptomaticAnemia")
                        .because())
                .contains("conflicts with Hb");
        assertThat(eval(
                                none().withHb("12")
                                        .withTransfusions("0", null)
                                        .withClinicianSymptomaticAnemia(true)
                                        .build(),
                                "$symptomaticAnemia")
                        .because())
                .contains("conflicts with Hb");
        assertThat(eval(none().withHb("8").withClinicianSymptomaticAnemia(true).build(), "$symptomaticAnemia")
                        .because())
                .doesNotContain("conflicts");
        assertThat(eval(none().withClinicianSymptomaticAnemia(false).build(), "$symptomaticAnemia")
                        .because())
                .doesNotContain("conflicts");
    }

    @Test
    void bloodBlastsAloneDoNotDecideIncreasedMarrowBlasts() {
        ClinicalProfile p = none().withLab(Analyte.PB_BLASTS, "6", "%", null).build();

        assertThat(eval(p, "$increasedBlasts").truth()).isEqualTo(Truth.UNKNOWN);
    }
}
