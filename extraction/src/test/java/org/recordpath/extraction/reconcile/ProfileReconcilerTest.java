package org.recordpath.extraction.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.fact.Span;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.Treatment;

class ProfileReconcilerTest {
    private final ProfileReconciler reconciler = new ProfileReconciler();

    private static Provenance from(String doc) {
        return new Provenance(doc, 1, new Span(0, 1), null, "x", ReadMethod.TEXT_LAYER, 1.0);
    }

    private static Fact hb(String value, String date, String doc, Context ctx) {
        return new Fact(
                "labs.hemoglobin",
                new FactValue.Measured(new BigDecimal(value), "g/dL", null),
                LocalDate.parse(date),
                from(doc),
                0.9,
                ctx);
    }

    private static Fact age(int years, String date, String doc) {
        return new Fact(
                "demographics.age",
                new FactValue.Measured(new BigDecimal(years), "a", null),
                LocalDate.parse(date),
                from(doc),
                0.9,
                Context.AFFIRMED);
    }

    @Test
    void anAgeWhoseBirthYearTheOtherDocumentsContradictIsNotCurrentButAConflict() {
        ClinicalProfile p = reconciler.reconcile(List.of(
                age(74, "2026-05-07", "note"),
                age(74, "2026-05-07", "note"),
                age(74, "2026-05-22", "pathology"),
                age(71, "2026-05-26", "photo")));
        assertThat(p.demographics().age()).isEqualTo(74);
        assertThat(p.demographics().provenance().get("age").document()).isEqualTo("pathology");
        assertThat(p.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.field()).isEqualTo("demographics.age"))
                .satisfies(c -> assertThat(c.candidates()).hasSize(2));
    }

    @Test
    void agesThatGrowWithTheYearsAgreeAndTheNewestIsCurrent() {
        ClinicalProfile p = reconciler.reconcile(List.of(age(70, "2024-03-01", "old"), age(72, "2026-02-10", "new")));
        assertThat(p.demographics().age()).isEqualTo(72);
        assertThat(p.conflicts()).isEmpty();
    }

    @Test
    void twoDocumentsThatDisagreeOnTheBirthYearLeaveTheNewestCurrentAndAConflict() {
        ClinicalProfile p = reconciler.reconcile(List.of(age(74, "2026-05-07", "a"), age(71, "2026-05-26", "b")));
        assertThat(p.demographics().age()).isEqualTo(71);
        assertThat(p.conflicts()).hasSize(1);
    }

    @Test
    void theMostRecentValueIsCurrentAndOlderOnesFormTheSeries() {
        ClinicalProfile p = reconciler.reconcile(List.of(
                hb("8.4", "2026-02-03", "a", Context.AFFIRMED),
                hb("8.1", "2026-03-31", "b", Context.AFFIRMED),
                hb("7.9", "2026-01-20", "c", Context.HISTORICAL)));
        assertThat(p.labs().hemoglobin().value()).isEqualByComparingTo("8.1");
        assertThat(p.labs().hemoglobin().provenance().document()).isEqualTo("b");
        assertThat(p.labs().hemoglobin().series())
                .extracting(x -> x.date().toString())
                .containsExactly("2026-02-03", "2026-01-20");
        assertThat(p.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void disagreeingValuesOfOneDateAreAConflict() {
        ClinicalProfile p = reconciler.reconcile(List.of(
                hb("8.1", "2026-03-31", "a", Context.AFFIRMED), hb("8.7", "2026-03-31", "b", Context.AFFIRMED)));
        assertThat(p.labs().hemoglobin().conflicts()).hasSize(1);
        assertThat(p.conflicts())
                .singleElement()
                .satisfies(c -> assertThat(c.candidates()).hasSize(2));
    }

    @Test
    void onlyAffirmedFactsCount() {
        ClinicalProfile p = reconciler.reconcile(List.of(
                hb("8.1", "2026-03-31", "a", Context.AFFIRMED),
                new Fact(
                        Fields.TREATMENT,
                        new FactValue.Course(
                                new Treatment("lenalidomide", null, null, null, null, null, null, null, from("a"))),
                        LocalDate.parse("2026-04-02"),
                        from("a"),
                        0.9,
                        Context.HYPOTHETICAL)));
        assertThat(p.treatments()).isEmpty();
    }

    @Test
    void mentionsOfOneVariantMergeAndTheirGeneIsNotNegative() {
        Mutation table = new Mutation(
                "SF3B1",
                "c.2098A>G",
                "p.K700E",
                null,
                new BigDecimal("38.1"),
                Classification.PATHOGENIC,
                null,
                from("ngs"));
        Mutation note = new Mutation(
                "SF3B1", null, "p.K700E", null, new BigDecimal("38"), Classification.UNKNOWN, null, from("note"));
        ClinicalProfile p = reconciler.reconcile(List.of(
                new Fact(
                        Fields.MUTATION,
                        new FactValue.Variant(note),
                        LocalDate.parse("2026-05-12"),
                        from("note"),
                        0.9,
                        Context.AFFIRMED),
                new Fact(
                        Fields.MUTATION,
                        new FactValue.Variant(table),
                        LocalDate.parse("2026-05-12"),
                        from("ngs"),
                        0.9,
                        Context.AFFIRMED),
                new Fact(
                        Fields.NEGATIVE_GENE,
                        new FactValue.Text("SF3B1"),
                        LocalDate.parse("2026-05-12"),
                        from("x"),
                        0.9,
                        Context.AFFIRMED),
                new Fact(
                        Fields.NEGATIVE_GENE,
                        new FactValue.Text("TP53"),
                        LocalDate.parse("2026-05-12"),
                        from("ngs"),
                        0.9,
                        Context.AFFIRMED)));
        assertThat(p.mutations()).singleElement().satisfies(m -> {
            assertThat(m.vafPct()).isEqualByComparingTo("38.1");
            assertThat(m.classification()).isEqualTo(Classification.PATHOGENIC);
            assertThat(m.hgvsC()).isEqualTo("c.2098A>G");
        });
        assertThat(p.negativeGenes()).containsExactly("TP53");
    }

    @Test
    void aStatedWhoTypeWinsOverAMappedLegacyName() {
        ClinicalProfile p = reconciler.reconcile(List.of(
                new Fact(
                        Fields.WHO2022,
                        new FactValue.Text("MDS-IB1"),
                        LocalDate.parse("2026-04-28"),
                        from("a"),
                        0.9,
                        Context.AFFIRMED),
                new Fact(
                        Fields.WHO2022,
                        new FactValue.Text("MDS-LB"),
                        LocalDate.parse("2026-05-01"),
                        from("b"),
                        0.6,
                        Context.AFFIRMED)));
        assertThat(p.diagnosis().who2022()).isEqualTo("MDS-IB1");
    }
}
