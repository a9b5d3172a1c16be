package org.recordpath.guidance.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.ProfileEdits;
import org.recordpath.guidance.Profiles;
import org.recordpath.guidance.SpecKaryotypes;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * WHO 2022 and ICC 2022 types at every threshold of risk-scores.md sections 4.1 and 4.2, on and either side of the
 * boundary (#10). The base profile has marrow blasts 2 %, a normal karyotype and every gene tested negative, so each
 * row changes one thing.
 */
class ClassificationBoundaryTest {

    private static Profiles base() {
        return Profiles.aLowerRiskProfile();
    }

    private static Profiles blood(String pbBlasts) {
        return base().withLab(Analyte.PB_BLASTS, pbBlasts, "%", null);
    }

    private static Profiles complexWithout5qOr7() {
        return SpecKaryotypes.complexWithout5qOr7(base());
    }

    private static Profiles minus7() {
        return SpecKaryotypes.minus7(base());
    }

    private static ClinicalProfile edit(Profiles p, String path, Object value) {
        return ProfileEdits.with(p.build(), path, value);
    }

    private static Arguments row(String name, Supplier<ClinicalProfile> p, String who, String icc) {
        return Arguments.of(name, p, who, icc);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // blasts: WHO AML >= 20; IB2 BM 10-19 or PB 5-19; IB1 BM 5-9 or PB 2-4. ICC MDS/AML BM or PB 10-19;
                // EB BM 5-9 or PB 2-9
                row("BM 20 %", () -> base().withBlasts("20").build(), "AML", "AML"),
                row("BM 19.9 %", () -> base().withBlasts("19.9").build(), "MDS-IB2", "MDS/AML"),
                row("BM 10 %", () -> base().withBlasts("10").build(), "MDS-IB2", "MDS/AML"),
                row("BM 9.9 %", () -> base().withBlasts("9.9").build(), "MDS-IB1", "MDS-EB"),
                row("BM 5 %", () -> base().withBlasts("5").build(), "MDS-IB1", "MDS-EB"),
                row("BM 4.9 %", () -> base().withBlasts("4.9").build(), "MDS-LB", "MDS, NOS"),
                row("PB 20 %", () -> blood("20").build(), "AML", "AML"),
                row("PB 10 %", () -> blood("10").build(), "MDS-IB2", "MDS/AML"),
                row("PB 9.9 %", () -> blood("9.9").build(), "MDS-IB2", "MDS-EB"),
                row("PB 5 %", () -> blood("5").build(), "MDS-IB2", "MDS-EB"),
                row("PB 4.9 %", () -> blood("4.9").build(), "MDS-IB1", "MDS-EB"),
                row("PB 2 %", () -> blood("2").build(), "MDS-IB1", "MDS-EB"),
                row("PB 1.9 %", () -> blood("1.9").build(), "MDS-LB", "MDS, NOS"),
                // fibrosis grade 2-3 with BM 5-19 %: WHO MDS-f; a descriptor only in ICC
                row(
                        "BM 6 %, fibrosis 2",
                        () -> edit(base().withBlasts("6"), "clinical.fibrosisGrade", 2), "MDS-f", "MDS-EB"),
                row(
                        "BM 12 %, fibrosis 3",
                        () -> edit(base().withBlasts("12"), "clinical.fibrosisGrade", 3), "MDS-f", "MDS/AML"),
                row(
                        "BM 6 %, fibrosis 1",
                        () -> edit(base().withBlasts("6"), "clinical.fibrosisGrade", 1), "MDS-IB1", "MDS-EB"),
                row("BM 2 %, fibrosis 2", () -> edit(base(), "clinical.fibrosisGrade", 2), "MDS-LB", "MDS, NOS"),
                // SF3B1: WHO VAF >= 5 %, ICC VAF >= 10 %; neither with -7 or a complex karyotype
                row(
                        "SF3B1 VAF 5 %",
                        () -> base().withVariant("SF3B1", "K700E", "5").build(), "MDS-SF3B1", "MDS, NOS"),
                row(
                        "SF3B1 VAF 4.9 %",
                        () -> base().withVariant("SF3B1", "K700E", "4.9").build(), "MDS-LB", "MDS, NOS"),
                row(
                        "SF3B1 VAF 10 %",
                        () -> base().withVariant("SF3B1", "K700E", "10").build(),
                        "MDS-SF3B1",
                        "MDS with mutated SF3B1"),
                row(
                        "SF3B1 VAF 9.9 %",
                        () -> base().withVariant("SF3B1", "K700E", "9.9").build(), "MDS-SF3B1", "MDS, NOS"),
                row(
                        "SF3B1 with -7",
                        () -> minus7().withVariant("SF3B1", "K700E", "30").build(),
                        "MDS-LB",
                        "MDS, NOS without dysplasia"),
                row(
                        "SF3B1 with complex",
                        () -> complexWithout5qOr7()
                                .withVariant("SF3B1", "K700E", "30")
                                .build(),
                        "MDS-LB",
                        "MDS, NOS without dysplasia"),
                row(
                        "SF3B1 with isolated del(5q)",
                        () -> base().withIsolatedDel5q()
                                .withVariant("SF3B1", "K700E", "30")
                                .build(),
                        "MDS-5q",
                        "MDS with del(5q)"),
                row(
                        "SF3B1 with increased blasts",
                        () -> base().withBlasts("6")
                                .withVariant("SF3B1", "K700E", "30")
                                .build(),
                        "MDS-IB1",
                        "MDS-EB"),
                // WHO: SF3B1 wild-type with >= 15 % ring sideroblasts
                row("RS 15 %", () -> base().withRingSideroblasts("15").build(), "MDS-SF3B1", "MDS, NOS"),
                row("RS 14.9 %", () -> base().withRingSideroblasts("14.9").build(), "MDS-LB", "MDS, NOS"),
                row(
                        "RS 20 % with -7",
                        () -> minus7().withRingSideroblasts("20").build(), "MDS-LB", "MDS, NOS without dysplasia"),
                // WHO MDS-h: cellularity <= 25 %
                row(
                        "cellularity 25 %",
                        () -> base().withHypocellularMarrow(null, 25).build(), "MDS-h", "MDS, NOS"),
                row(
                        "cellularity 26 %",
                        () -> base().withHypocellularMarrow(null, 26).build(), "MDS-LB", "MDS, NOS"),
                // isolated del(5q): alone or with one other abnormality that is not -7/del(7q)
                row(
                        "del(5q) + 1 other",
                        () -> SpecKaryotypes.del5qPlusOne(base()).build(),
                        "MDS-5q",
                        "MDS with del(5q)"),
                row(
                        "del(5q) + 2 others, not complex by clones",
                        () -> SpecKaryotypes.del5qPlusTwo(base()).build(),
                        "MDS-LB",
                        "MDS, NOS"),
                row(
                        "del(5q) with -7",
                        () -> base().withDel5qAndMinus7().build(),
                        "MDS-LB",
                        "MDS, NOS without dysplasia"),
                // TP53. WHO biTP53: >= 2 mutations, or 1 with 17p loss / LOH. ICC multi-hit: each VAF >= 10 %, or 1
                // with VAF >= 10 % and 17p loss, LOH, or (LOH unknown) a complex karyotype
                row(
                        "TP53 x2, VAF 10 %",
                        () -> base().withVariant("TP53", "R248Q", "10")
                                .withVariant("TP53", "R175H", "10")
                                .build(),
                        "MDS-biTP53",
                        "MDS with mutated TP53"),
                row(
                        "TP53 x2, VAF 9.9 %",
                        () -> base().withVariant("TP53", "R248Q", "9.9")
                                .withVariant("TP53", "R175H", "9.9")
                                .build(),
                        "MDS-biTP53",
                        "MDS, NOS"),
                row(
                        "TP53 x1 VAF 10 %, LOH",
                        () -> base().withVariant("TP53", "R248Q", "10")
                                .withTp53Loh(true)
                                .build(),
                        "MDS-biTP53",
                        "MDS with mutated TP53"),
                row(
                        "TP53 x1 VAF 9.9 %, LOH",
                        () -> base().withVariant("TP53", "R248Q", "9.9")
                                .withTp53Loh(true)
                                .build(),
                        "MDS-biTP53",
                        "MDS, NOS"),
                row(
                        "TP53 x1, del(17p)",
                        () -> edit(base().withVariant("TP53", "R248Q", "30"), "karyotype.del17p", true),
                        "MDS-biTP53",
                        "MDS with mutated TP53"),
                row(
                        "TP53 x1, no LOH",
                        () -> base().withVariant("TP53", "R248Q", "30")
                                .withTp53Loh(false)
                                .build(),
                        "MDS-LB",
                        "MDS, NOS"),
                row(
                        "TP53 x1, LOH unknown",
                        () -> base().withVariant("TP53", "R248Q", "30").build(),
                        "MDS-LB",
                        "MDS, NOS"),
                row(
                        "TP53 x1, LOH unknown, complex",
                        () -> complexWithout5qOr7()
                                .withVariant("TP53", "R248Q", "30")
                                .build(),
                        "MDS-LB",
                        "MDS with mutated TP53"),
                row(
                        "TP53 x1, no LOH, complex",
                        () -> complexWithout5qOr7()
                                .withVariant("TP53", "R248Q", "30")
                                .withTp53Loh(false)
                                .build(),
                        "MDS-LB",
                        "MDS, NOS without dysplasia"),
                row(
                        "TP53 multi-hit before del(5q)",
                        () -> base().withIsolatedDel5q()
                                .withVariant("TP53", "R248Q", "30")
                                .withTp53Loh(true)
                                .build(),
                        "MDS-biTP53",
                        "MDS with mutated TP53"),
                // ICC 10-19 % blasts: any TP53 VAF >= 10 % is MDS/AML with mutated TP53; NPM1 is AML-defining
                row(
                        "BM 12 %, TP53 VAF 10 %",
                        () -> base().withBlasts("12")
                                .withVariant("TP53", "R248Q", "10")
                                .build(),
                        "MDS-IB2",
                        "MDS/AML with mutated TP53"),
                row(
                        "BM 12 %, TP53 VAF 9.9 %",
                        () -> base().withBlasts("12")
                                .withVariant("TP53", "R248Q", "9.9")
                                .build(),
                        "MDS-IB2",
                        "MDS/AML"),
                row(
                        "BM 6 %, TP53 VAF 30 %",
                        () -> base().withBlasts("6")
                                .withVariant("TP53", "R248Q", "30")
                                .build(),
                        "MDS-IB1",
                        "MDS-EB"),
                row(
                        "BM 12 %, NPM1",
                        () -> base().withBlasts("12")
                                .withVariant("NPM1", "W288fs")
                                .build(),
                        "MDS-IB2",
                        "AML with mutated NPM1"));
    }

    @ParameterizedTest(name = "{0}: WHO {2}, ICC {3}")
    @MethodSource("cases")
    void typeAtTheThreshold(String name, Supplier<ClinicalProfile> profile, String who, String icc) {
        ClinicalProfile p = profile.get();

        assertThat(Who2022.classify(p).type()).as("WHO 2022").isEqualTo(who);
        assertThat(Icc2022.classify(p).type()).as("ICC 2022").isEqualTo(icc);
    }

    @Test
    void marrowOnlyClassificationSaysBloodBlastsAreMissing() {
        String open = "peripheral blood blast % (classified on marrow blasts)";

        assertThat(Who2022.classify(base().build()).missing()).contains(open);
        assertThat(Icc2022.classify(base().build()).missing()).contains(open);
        assertThat(Who2022.classify(blood("1").build()).missing()).doesNotContain(open);
        assertThat(Icc2022.classify(blood("1").build()).missing()).doesNotContain(open);
    }

    @Test
    void bloodBlastsAloneStillClassify() {
        ClinicalProfile p = Profiles.aLowerRiskProfile()
                .withoutLab(Analyte.BM_BLASTS)
                .withLab(Analyte.PB_BLASTS, "3", "%", null)
                .build();

        assertThat(Who2022.classify(p).type()).isEqualTo("MDS-IB1");
        assertThat(Icc2022.classify(p).type()).isEqualTo("MDS-EB");
        assertThat(Icc2022.classify(Profiles.aLowerRiskProfile()
                                .withoutLab(Analyte.BM_BLASTS)
                                .build())
                        .missing())
                .containsExactly("marrow blast %");
    }

    @Test
    void aSingleTp53VariantWithUnknownLohIsNamedAsTheOpenQuestion() {
        ClinicalProfile p = base().withVariant("TP53", "R248Q", "30").build();

        assertThat(Who2022.classify(p).missing()).contains("TP53 copy number/LOH (possible MDS-biTP53)");
        assertThat(Icc2022.classify(p).missing()).contains("TP53 copy number/LOH");
        assertThat(Who2022.classify(base().withTp53Loh(false)
                                .withVariant("TP53", "R248Q", "30")
                                .build())
                        .missing())
                .noneMatch(m -> m.startsWith("TP53"));
    }

    @Test
    void untestedTp53IsAskedForAndTestedNegativeIsNot() {
        ClinicalProfile untested =
                Profiles.aProfile().withBlasts("2").withNormalKaryotype().build();

        assertThat(Icc2022.classify(untested).missing()).contains("TP53 status");
        assertThat(Icc2022.classify(base().build()).missing()).noneMatch(m -> m.startsWith("TP53"));
        assertThat(Who2022.classify(base().build()).missing()).noneMatch(m -> m.startsWith("TP53"));
    }

    @Test
    void iccSf3b1WithUntestedRunx1StillClassifiesButAsksForRunx1() {
        // ICC: SF3B1 needs "no RUNX1 mutation"; untested RUNX1 does not block it but stays an open question
        ClinicalProfile p = Profiles.aProfile()
                .withHb("9")
                .withPlatelets("150")
                .withAnc("2")
                .withBlasts("2")
                .withNormalKaryotype()
                .withNegativeGenes("TP53")
                .withVariant("SF3B1", "K700E", "30")
                .build();

        var r = Icc2022.classify(p);

        assertThat(r.type()).isEqualTo("MDS with mutated SF3B1");
        assertThat(r.missing()).contains("RUNX1 status");
        assertThat(r.because()).contains("SF3B1 VAF 30 %");
        assertThat(Icc2022.classify(base().withVariant("SF3B1", "K700E", "30").build())
                        .missing())
                .doesNotContain("RUNX1 status");
    }

    @Test
    void withoutAKaryotypeWhoAsksForIt() {
        ClinicalProfile p = base().withoutKaryotype().build();

        assertThat(Who2022.classify(p).type()).isEqualTo("MDS-LB");
        assertThat(Who2022.classify(p).missing()).contains("karyotype");
        assertThat(Who2022.classify(base().build()).missing()).doesNotContain("karyotype");
    }

    /** A karyotype known only from a report's words (no ISCN, no count): del(5q) with the stated flag. */
    private static ClinicalProfile reportedDel5q(Boolean isolated) {
        ClinicalProfile p = edit(base().withIsolatedDel5q(), "karyotype.iscn", null);
        p = ProfileEdits.with(p, "karyotype.abnormalityCount", null);
        p = ProfileEdits.with(p, "karyotype.source", "reported");
        return ProfileEdits.with(p, "karyotype.isolatedDel5q", isolated);
    }

    @Test
    void withoutAnIscnTheStatedIsolatedDel5qFlagDecides() {
        assertThat(Who2022.classify(reportedDel5q(true)).type()).isEqualTo("MDS-5q");
        assertThat(Icc2022.classify(reportedDel5q(true)).type()).isEqualTo("MDS with del(5q)");
        assertThat(Who2022.classify(reportedDel5q(false)).type()).isEqualTo("MDS-LB");
        assertThat(Icc2022.classify(reportedDel5q(false)).type()).isEqualTo("MDS, NOS");
        // no stated flag and no count: del(5q) without -7 or a complex karyotype counts as isolated
        assertThat(Who2022.classify(reportedDel5q(null)).type()).isEqualTo("MDS-5q");
    }
}
