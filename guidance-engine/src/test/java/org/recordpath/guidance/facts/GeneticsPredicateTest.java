package org.recordpath.guidance.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.ProfileEdits;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.SpecKaryotypes;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.profile.ClinicalProfile;

/** $tp53MultiHit, $isolatedDel5q and $mutated(GENE) of pathways.md sections 2.5, 2.6 and 2.12 (#10). */
class GeneticsPredicateTest {
    private static final RiskGroupDecision LOWER =
            new RiskGroupDecision("lower", "IPSS-R", "test", List.of(), List.of());

    private static Finding eval(ClinicalProfile p, String predicate) {
        return DerivedCatalog.evaluate(new PatientFacts(p, LOWER), predicate, null, List.of());
    }

    private static Finding mutated(ClinicalProfile p, String gene, String... hotspots) {
        return DerivedCatalog.evaluate(new PatientFacts(p, LOWER), "$mutated", gene, List.of(hotspots));
    }

    private static Profiles normal() {
        return Profiles.aProfile().withNormalKaryotype();
    }

    private static Profiles complex() {
        return SpecKaryotypes.complexWithout5qOr7(Profiles.aProfile());
    }

    private static Arguments row(String name, Supplier<ClinicalProfile> p, Truth t) {
        return Arguments.of(name, p, t);
    }

    static Stream<Arguments> tp53() {
        // 2.12: TRUE for >= 2 distinct variants, or 1 with VAF > 55 %, del(17p)/-17, 17p cnLOH, or (ICC, LOH
        // unknown) a complex karyotype; FALSE for 1 variant with LOH assessed negative and VAF <= 55 %
        return Stream.of(
                row(
                        "two variants",
                        () -> normal().withVariant("TP53", "R248Q", "20")
                                .withVariant("TP53", "R175H", "20")
                                .build(),
                        Truth.TRUE),
                row(
                        "one variant reported twice, LOH negative",
                        () -> normal().withTp53Loh(false)
                                .withVariant("TP53", "R248Q", "20")
                                .withVariant("TP53", "R248Q", "20")
                                .build(),
                        Truth.FALSE),
                row(
                        "no variant, tested",
                        () -> normal().withNegativeGenes("TP53").build(),
                        Truth.FALSE),
                row("not tested", () -> normal().build(), Truth.UNKNOWN),
                row(
                        "VAF 55.1 %",
                        () -> normal().withVariant("TP53", "R248Q", "55.1").build(), Truth.TRUE),
                row(
                        "VAF 55 %, LOH negative",
                        () -> normal().withTp53Loh(false)
                                .withVariant("TP53", "R248Q", "55")
                                .build(),
                        Truth.FALSE),
                row(
                        "VAF 55 %, LOH unknown",
                        () -> normal().withVariant("TP53", "R248Q", "55").build(), Truth.UNKNOWN),
                row(
                        "del(17p)",
                        () -> ProfileEdits.with(
                                normal().withVariant("TP53", "R248Q", "20").build(), "karyotype.del17p", true),
                        Truth.TRUE),
                row(
                        "17p LOH",
                        () -> normal().withTp53Loh(true)
                                .withVariant("TP53", "R248Q", "20")
                                .build(),
                        Truth.TRUE),
                row(
                        "complex, LOH unknown",
                        () -> complex().withVariant("TP53", "R248Q", "20").build(),
                        Truth.TRUE),
                row(
                        "complex, LOH negative",
                        () -> complex()
                                .withTp53Loh(false)
                                .withVariant("TP53", "R248Q", "20")
                                .build(),
                        Truth.FALSE),
                row(
                        "no karyotype, LOH unknown",
                        () -> Profiles.aProfile()
                                .withVariant("TP53", "R248Q", "20")
                                .build(),
                        Truth.UNKNOWN),
                row(
                        "LOH negative, VAF not reported",
                        () -> ProfileEdits.with(
                                normal().withTp53Loh(false)
                                        .withVariant("TP53", "R248Q", "20")
                                        .build(),
                                "mutations.0.vafPct",
                                null),
                        Truth.UNKNOWN));
    }

    @ParameterizedTest(name = "TP53 {0} -> {2}")
    @MethodSource("tp53")
    void tp53MultiHit(String name, Supplier<ClinicalProfile> p, Truth expected) {
        Finding f = eval(p.get(), "$tp53MultiHit");

        assertThat(f.truth()).isEqualTo(expected);
        assertThat(f.questions().isEmpty()).isEqualTo(expected != Truth.UNKNOWN);
    }

    static Stream<Arguments> del5q() {
        // 2.5: del(5q) AND no -7/del(7q) AND not complex AND at most 2 abnormalities; unknown from FISH only
        return Stream.of(
                row(
                        "del(5q) alone",
                        () -> Profiles.aProfile().withIsolatedDel5q().build(),
                        Truth.TRUE),
                row(
                        "del(5q) + 1",
                        () -> SpecKaryotypes.del5qPlusOne(Profiles.aProfile()).build(),
                        Truth.TRUE),
                row(
                        "del(5q) + 2",
                        () -> SpecKaryotypes.del5qPlusTwo(Profiles.aProfile()).build(),
                        Truth.FALSE),
                row(
                        "del(5q) with -7",
                        () -> Profiles.aProfile().withDel5qAndMinus7().build(),
                        Truth.FALSE),
                row("complex", () -> Profiles.aProfile().withComplexKaryotype().build(), Truth.FALSE),
                row("normal", () -> Profiles.aProfile().withNormalKaryotype().build(), Truth.FALSE),
                row("no karyotype", () -> Profiles.aProfile().build(), Truth.UNKNOWN),
                row("del(5q) by FISH only", () -> fishOnly(), Truth.UNKNOWN),
                row(
                        "reported del(5q) without a count",
                        () -> ProfileEdits.with(reported(), "karyotype.abnormalityCount", null),
                        Truth.TRUE),
                row(
                        "-7 status unknown",
                        () -> ProfileEdits.with(
                                Profiles.aProfile().withIsolatedDel5q().build(), "karyotype.minus7OrDel7q", null),
                        Truth.UNKNOWN));
    }

    private static ClinicalProfile reported() {
        ClinicalProfile p =
                ProfileEdits.with(Profiles.aProfile().withIsolatedDel5q().build(), "karyotype.iscn", null);
        return ProfileEdits.with(p, "karyotype.source", "reported");
    }

    private static ClinicalProfile fishOnly() {
        return ProfileEdits.with(reported(), "karyotype.source", "fish");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("del5q")
    void isolatedDel5q(String name, Supplier<ClinicalProfile> p, Truth expected) {
        Finding f = eval(p.get(), "$isolatedDel5q");

        assertThat(f.truth()).isEqualTo(expected);
        assertThat(f.questions()).isEqualTo(expected == Truth.UNKNOWN ? List.of("Q-KARYO") : List.of());
    }

    @Test
    void theKaryotypeIsShownAsPrintedOrByItsFlags() {
        assertThat(eval(Profiles.aProfile().withIsolatedDel5q().build(), "$isolatedDel5q")
                        .facts())
                .extracting(u -> u.value())
                .containsExactly("46,XY,del(5)(q13q33)[18]/46,XY[2]");
        assertThat(eval(reported(), "$isolatedDel5q").facts())
                .extracting(u -> u.value())
                .containsExactly("del5q true, -7/del(7q) false, complex false");
    }

    @Test
    void aStatedIsolatedFlagWithoutAnIscnIsRead() {
        assertThat(eval(ProfileEdits.with(reported(), "karyotype.isolatedDel5q", false), "$isolatedDel5q")
                        .truth())
                .isEqualTo(Truth.FALSE);
        assertThat(eval(ProfileEdits.with(reported(), "karyotype.isolatedDel5q", true), "$isolatedDel5q")
                        .truth())
                .isEqualTo(Truth.TRUE);
    }

    @Test
    void delFiveQPresentButNotIsolatedIsSaidSo() {
        // 2.5: "del(5q) present but not isolated"
        assertThat(eval(Profiles.aProfile().withDel5qAndMinus7().build(), "$isolatedDel5q")
                        .because())
                .isEqualTo("del(5q) present but not isolated");
        assertThat(eval(Profiles.aProfile().withNormalKaryotype().build(), "$isolatedDel5q")
                        .because())
                .isEqualTo("no del(5q)");
    }

    @ParameterizedTest(name = "{0} {1} at {2} -> {3}")
    @CsvSource(
            value = {
                "IDH1, R132H, R132, TRUE",
                "IDH1, (Arg132Cys), R132, TRUE",
                "IDH1, Arg132Cys, R140, UNKNOWN",
                "IDH2, R140Q, R140;R172, TRUE",
                "IDH2, R172K, R140;R172, TRUE",
                "IDH2, R171K, R140;R172, UNKNOWN",
                "IDH1, R132R, R132, UNKNOWN",
                "IDH1, V71I, R132, UNKNOWN",
                "IDH1, Xaa132Cys, R132, UNKNOWN",
                "IDH1, R132H, '', TRUE"
            },
            nullValues = "null")
    void hotspotsDecideOnlyForAMissenseChangeAtTheCodon(String gene, String change, String codons, Truth t) {
        // 2.6 with the drug's target codons: a driver elsewhere (or a synonymous change) leaves it to the doctor
        ClinicalProfile p = Profiles.aProfile().withVariant(gene, change).build();
        String[] hotspots = codons.isEmpty() ? new String[0] : codons.split(";");

        Finding f = mutated(p, gene, hotspots);

        assertThat(f.truth()).isEqualTo(t);
        assertThat(f.questions()).isEqualTo(t == Truth.UNKNOWN ? List.of("Q-NGS") : List.of());
    }

    @Test
    void mutationStatusOfSection26() {
        assertThat(mutated(Profiles.aProfile().withNegativeGenes("IDH1").build(), "IDH1", "R132")
                        .truth())
                .isEqualTo(Truth.FALSE);
        assertThat(mutated(Profiles.aProfile().withVus("IDH1", "R132H").build(), "IDH1")
                        .truth())
                .isEqualTo(Truth.FALSE);
        Finding untested = mutated(Profiles.aProfile().build(), "IDH1");
        assertThat(untested.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(untested.questions()).containsExactly("Q-NGS");
        assertThat(untested.facts()).extracting(u -> u.path()).containsExactly("mutations[IDH1]");
    }

    @Test
    void aDriverIsShownWithItsChangeAndVafAndAGermlineVariantIsFlagged() {
        // 2.6: report the VAF; germline pathogenic variants count but are flagged "germline"
        Finding f =
                mutated(Profiles.aProfile().withVariant("RUNX1", "R166Q", "48").build(), "RUNX1");
        assertThat(f.because()).isEqualTo("RUNX1 mutated (RUNX1 p.R166Q VAF 48 %)");

        ClinicalProfile germline = ProfileEdits.with(
                Profiles.aProfile().withVariant("RUNX1", "R166Q", "48").build(), "mutations.0.germline", true);
        assertThat(mutated(germline, "RUNX1").because()).isEqualTo("RUNX1 mutated (RUNX1 p.R166Q VAF 48 % (germline))");

        ClinicalProfile noVaf = ProfileEdits.with(
                Profiles.aProfile().withVariant("RUNX1", "R166Q", "48").build(), "mutations.0.vafPct", null);
        assertThat(mutated(noVaf, "RUNX1").because()).isEqualTo("RUNX1 mutated (RUNX1 p.R166Q)");

        ClinicalProfile cOnly =
                ProfileEdits.with(ProfileEdits.with(noVaf, "mutations.0.hgvsP", null), "mutations.0.hgvsC", "c.497G>A");
        assertThat(mutated(cOnly, "RUNX1").because()).isEqualTo("RUNX1 mutated (RUNX1 c.497G>A)");
    }
}
