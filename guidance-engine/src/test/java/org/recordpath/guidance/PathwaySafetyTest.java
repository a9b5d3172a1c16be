package org.recordpath.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.pack.Status;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Disease;

/** Each pathway matches where its criteria hold and never where an exclusion holds (issue #4, item 7). */
class PathwaySafetyTest {
    private static final GuidanceEngine ENGINE = GuidanceEngine.withDefaultPack();

    private static Status status(Profiles p, String id) {
        return ENGINE.evaluate(p.build()).pathway(id).orElseThrow().status();
    }

    /** Lower risk, symptomatic anemia (Hb 8.5, 2 units/8 weeks), ESA-naive, EPO 100, no del(5q). */
    private static Profiles anemic() {
        return Profiles.aLowerRiskProfile()
                .withHb("8.5")
                .withEpo("100")
                .withTransfusions("2", 6)
                .withHypocellularMarrow(false, 50);
    }

    static Stream<Arguments> matches() {
        return Stream.of(
                Arguments.of(
                        "lr-observation",
                        Profiles.aLowerRiskProfile().withHb("11").withTransfusions("0", 0)),
                Arguments.of("lr-del5q-lenalidomide", anemic().withIsolatedDel5q()),
                Arguments.of("lr-anemia-esa", anemic()),
                Arguments.of("lr-anemia-luspatercept-first-line", anemic()),
                Arguments.of(
                        "lr-anemia-luspatercept-rs", anemic().withEpo("650").withRingSideroblasts("20")),
                Arguments.of(
                        "lr-anemia-imetelstat",
                        anemic().withTransfusions("4", 20)
                                .withRingSideroblasts("2")
                                .withTreatment("epoetin alfa", "2025-01-01", "2025-06-01", null, "NR", "no-response")),
                Arguments.of("lr-anemia-ist", anemic().withEpo("700").withAge(55)),
                Arguments.of(
                        "lr-anemia-lenalidomide-non-del5q",
                        anemic().withTreatment(
                                        "darbepoetin alfa", "2025-01-01", "2025-06-01", null, "SD", "no-response")),
                Arguments.of("lr-hma", anemic().withEpo("800")),
                Arguments.of("lr-thrombocytopenia", Profiles.aLowerRiskProfile().withPlatelets("30")),
                Arguments.of("lr-iron-chelation", anemic().withFerritin("3000").withTransfusions("2", 40)),
                Arguments.of("hr-transplant", Profiles.aHigherRiskProfile().withTransplantCandidate(true)),
                Arguments.of("hr-hma", Profiles.aHigherRiskProfile()),
                Arguments.of("hr-idh1-ivosidenib", Profiles.aHigherRiskProfile().withVariant("IDH1", "R132H")),
                Arguments.of("hr-idh2-enasidenib", Profiles.aHigherRiskProfile().withVariant("IDH2", "R172K")),
                Arguments.of("hr-tp53-trial", Profiles.aHigherRiskProfile().withVariant("TP53", "R273H")),
                Arguments.of(
                        "hr-after-hma-failure",
                        Profiles.aHigherRiskProfile()
                                .withTreatment("decitabine", "2025-01-01", "2025-08-01", 5, "PD", "progression")),
                Arguments.of("all-supportive-care", Profiles.aProfile()),
                Arguments.of("all-clinical-trial", Profiles.aProfile()));
    }

    @ParameterizedTest(name = "{0} matches where its criteria hold")
    @MethodSource("matches")
    void matchesWhereCriteriaHold(String id, Profiles profile) {
        assertThat(status(profile, id)).isEqualTo(Status.MATCH);
    }

    static Stream<Arguments> exclusions() {
        return Stream.of(
                Arguments.of(
                        "lr-observation",
                        "increased blasts",
                        Profiles.aLowerRiskProfile()
                                .withHb("11")
                                .withTransfusions("0", 0)
                                .withBlasts("6")),
                Arguments.of("lr-del5q-lenalidomide", "no del(5q)", anemic()),
                Arguments.of("lr-del5q-lenalidomide", "del(5q) with -7", anemic().withDel5qAndMinus7()),
                Arguments.of(
                        "lr-del5q-lenalidomide",
                        "lenalidomide failed",
                        anemic().withIsolatedDel5q()
                                .withTreatment("lenalidomide", "2025-01-01", "2025-09-01", null, "NR", "no-response")),
                Arguments.of("lr-anemia-esa", "EPO above 500", anemic().withEpo("600")),
                Arguments.of(
                        "lr-anemia-esa",
                        "ESA failed",
                        anemic().withTreatment("epoetin alfa", "2025-01-01", "2025-06-01", null, "NR", "no-response")),
                Arguments.of("lr-anemia-luspatercept-first-line", "any del(5q)", anemic().withIsolatedDel5q()),
                Arguments.of(
                        "lr-anemia-luspatercept-first-line",
                        "not ESA-naive",
                        anemic().withTreatment("epoetin alfa", "2025-01-01", null, null, "HI-E", null)),
                Arguments.of(
                        "lr-anemia-luspatercept-rs",
                        "no ring sideroblasts",
                        anemic().withEpo("650").withRingSideroblasts("1")),
                Arguments.of(
                        "lr-anemia-imetelstat",
                        "del(5q)",
                        anemic().withIsolatedDel5q().withEpo("700").withTransfusions("4", 20)),
                Arguments.of("lr-anemia-imetelstat", "below 4 units per 8 weeks", anemic().withEpo("700")),
                Arguments.of("lr-anemia-ist", "no favourable feature", anemic().withEpo("700")),
                Arguments.of(
                        "lr-hma",
                        "HMA failed",
                        anemic().withEpo("800")
                                .withTreatment("azacitidine", "2024-01-01", "2024-09-01", 8, "PD", "progression")),
                Arguments.of("lr-thrombocytopenia", "normal counts", Profiles.aLowerRiskProfile()),
                Arguments.of(
                        "lr-iron-chelation",
                        "ferritin 1500",
                        anemic().withFerritin("1500").withTransfusions("2", 40)),
                Arguments.of(
                        "hr-transplant",
                        "not a candidate",
                        Profiles.aHigherRiskProfile().withTransplantCandidate(false)),
                Arguments.of(
                        "hr-hma",
                        "HMA failed",
                        Profiles.aHigherRiskProfile()
                                .withTreatment("azacitidine", "2025-01-01", "2025-08-01", 6, "SD", null)),
                Arguments.of("hr-idh1-ivosidenib", "IDH1 tested negative", Profiles.aHigherRiskProfile()),
                Arguments.of(
                        "hr-idh1-ivosidenib",
                        "IDH2 not IDH1",
                        Profiles.aHigherRiskProfile().withVariant("IDH2", "R140Q")),
                Arguments.of("hr-idh2-enasidenib", "IDH2 tested negative", Profiles.aHigherRiskProfile()),
                Arguments.of(
                        "hr-tp53-trial",
                        "TP53 only a VUS",
                        Profiles.aHigherRiskProfile().withVus("TP53", "P72R")),
                Arguments.of(
                        "hr-after-hma-failure",
                        "HMA ongoing with response",
                        Profiles.aHigherRiskProfile()
                                .withTreatment("azacitidine", "2026-01-01", null, 3, "HI-P", null)),
                Arguments.of(
                        "all-supportive-care",
                        "AML by blasts",
                        Profiles.aProfile().withBlasts("25")),
                Arguments.of(
                        "all-clinical-trial", "a child", Profiles.aProfile().withAge(12)));
    }

    @ParameterizedTest(name = "{0} never matches: {1}")
    @MethodSource("exclusions")
    void neverMatchesWhereAnExclusionHolds(String id, String why, Profiles profile) {
        assertThat(status(profile, id)).isEqualTo(Status.NOT_MATCHED);
    }

    @Test
    void lenalidomideOnlyWithDel5q() {
        for (Profiles p : new Profiles[] {anemic(), anemic().withoutKaryotype(), anemic().withComplexKaryotype()}) {
            assertThat(status(p, "lr-del5q-lenalidomide")).isNotEqualTo(Status.MATCH);
        }
    }

    @Test
    void ivosidenibOnlyWithAnIdh1R132Variant() {
        assertThat(status(Profiles.aHigherRiskProfile().withVariant("IDH1", "R132C"), "hr-idh1-ivosidenib"))
                .isEqualTo(Status.MATCH);
        assertThat(status(Profiles.aHigherRiskProfile().withVariant("IDH1", "V178I"), "hr-idh1-ivosidenib"))
                .as("other IDH1 variant: ask whether the drug targets it")
                .isEqualTo(Status.POSSIBLE);
        assertThat(status(Profiles.aHigherRiskProfile().withVus("IDH1", "R132H"), "hr-idh1-ivosidenib"))
                .as("a VUS is not a mutation")
                .isEqualTo(Status.NOT_MATCHED);
    }

    @Test
    void higherRiskProfileGetsNoLowerRiskPathway() {
        GuidanceReport r = ENGINE.evaluate(Profiles.aHigherRiskProfile()
                .withEpo("100")
                .withTransfusions("4", 30)
                .withFerritin("3000")
                .withIsolatedDel5q()
                .build());
        assertThat(r.pathways())
                .filteredOn(p -> p.id().startsWith("lr-"))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(Status.NOT_MATCHED));
    }

    @Test
    void lowerRiskProfileGetsNoHigherRiskPathway() {
        GuidanceReport r = ENGINE.evaluate(anemic().withVariant("IDH1", "R132H")
                .withVariant("TP53", "R273H", "10")
                .withTransplantCandidate(true)
                .build());
        assertThat(r.riskGroup()).isEqualTo("lower");
        assertThat(r.pathways())
                .filteredOn(p -> p.id().startsWith("hr-"))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(Status.NOT_MATCHED));
    }

    @Test
    void unknownRiskMakesRiskPathwaysPossibleAndAsksForRisk() {
        GuidanceReport r = ENGINE.evaluate(Profiles.aProfile().withHb("8").build());
        assertThat(r.riskGroup()).isEqualTo("unknown");
        assertThat(r.pathway("hr-hma").orElseThrow().status()).isEqualTo(Status.POSSIBLE);
        assertThat(r.pathway("all-supportive-care").orElseThrow().status()).isEqualTo(Status.MATCH);
        assertThat(r.questions()).extracting(GuidanceReport.Question::key).contains("Q-RISK");
    }

    @Test
    void transplantCandidacyIsAskedNeverInferred() {
        // young, fit-looking, with a donor-like profile: still POSSIBLE until a clinician says so
        GuidanceReport r =
                ENGINE.evaluate(Profiles.aHigherRiskProfile().withAge(45).build());
        assertThat(r.pathway("hr-transplant").orElseThrow().status()).isEqualTo(Status.POSSIBLE);
        assertThat(r.pathway("hr-transplant").orElseThrow().why()).contains("never inferred");
    }

    @Test
    void unknownDiagnosisMakesEveryPathwayPossible() {
        GuidanceReport r =
                ENGINE.evaluate(Profiles.aLowerRiskProfile().withDisease(null).build());
        assertThat(r.pathway("all-supportive-care").orElseThrow().status()).isEqualTo(Status.POSSIBLE);
        assertThat(r.questions()).extracting(GuidanceReport.Question::key).contains("Q-DIAG");
    }

    @Test
    void epoMeasuredOnAnEsaIsTreatedAsUnknown() {
        GuidanceReport r = ENGINE.evaluate(anemic().withTreatment("epoetin alfa", "2026-01-01", null, null, null, null)
                .build());
        assertThat(r.pathway("lr-anemia-esa").orElseThrow().steps())
                .anyMatch(s -> s.because().contains("treated as unknown"));
    }

    @Test
    void labInOtherUnitsIsConvertedAndUnknownUnitIsDropped() {
        GuidanceReport grams = ENGINE.evaluate(
                anemic().withLab(Analyte.HEMOGLOBIN, "85", "g/L", null).build());
        assertThat(grams.risk().ipssr().components().get(2).value()).startsWith("8.5 g/dL");
        GuidanceReport odd = ENGINE.evaluate(
                anemic().withLab(Analyte.HEMOGLOBIN, "85", "furlongs", null).build());
        assertThat(odd.flags()).anyMatch(f -> f.contains("not recognised"));
        assertThat(odd.risk().ipssr().missing()).contains("hb");
    }

    @Test
    void amlByBlastsIsFlaggedWhenRecordsSayMds() {
        GuidanceReport r = ENGINE.evaluate(
                Profiles.aProfile().withDisease(Disease.MDS).withBlasts("22").build());
        assertThat(r.flags()).anyMatch(f -> f.contains("AML criteria"));
        assertThat(r.pathway("hr-hma").orElseThrow().why()).contains("20 % or more blasts");
    }

    @Test
    void clinicianStatementOnAnemiaWinsAndTheConflictIsShown() {
        GuidanceReport r = ENGINE.evaluate(Profiles.aLowerRiskProfile()
                .withHb("11")
                .withTransfusions("0", 0)
                .withEpo("100")
                .withClinicianSymptomaticAnemia(true)
                .build());
        assertThat(r.pathway("lr-anemia-esa").orElseThrow().status()).isEqualTo(Status.MATCH);
        assertThat(r.pathway("lr-anemia-esa").orElseThrow().why()).contains("conflicts with Hb 11 g/dL");
    }

    @Test
    void esaStartedLessThanEightWeeksAgoKeepsTheEsaPathwayWithANote() {
        GuidanceReport r = ENGINE.evaluate(anemic().withTreatment("epoetin alfa", "2026-05-01", null, null, null, null)
                .withLabOn(Analyte.SERUM_EPO, "100", "m[IU]/mL", null, java.time.LocalDate.of(2026, 4, 1))
                .build());
        assertThat(r.pathway("lr-anemia-esa").orElseThrow().status()).isEqualTo(Status.MATCH);
        assertThat(r.pathway("lr-anemia-esa").orElseThrow().notes()).anyMatch(n -> n.contains("not yet assessable"));
    }
}
