package org.recordpath.fhir.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recordpath.fhir.read.FhirBundleImporter;
import org.recordpath.fhir.read.FhirFormat;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.Treatment;

/**
 * Export, serialise to JSON, import: the facts give back the profile's values field by field (the latest fact per
 * field stands in for extraction's reconciliation).
 */
class RoundTripTest {
    private final ClinicalProfile original = Profiles.aProfile().build();
    private final List<Fact> facts = roundTrip(original);

    private static List<Fact> roundTrip(ClinicalProfile profile) {
        String json =
                FhirExporter.create().toJson(FhirExporter.create().export(profile, ExportValidationTest.guidance()));
        return FhirBundleImporter.create()
                .importFacts(
                        "round-trip", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FhirFormat.JSON)
                .stream()
                .filter(Fact::isAffirmed)
                .toList();
    }

    private Optional<Fact> latest(String field) {
        return facts.stream()
                .filter(f -> f.field().equals(field))
                .max(Comparator.comparing(f -> f.asOf() == null ? LocalDate.MIN : f.asOf()));
    }

    private String text(String field) {
        return latest(field).map(f -> f.value().display()).orElse(null);
    }

    @Test
    void demographicsAndDiagnosisComeBack() {
        assertThat(((FactValue.Measured) latest(Fields.AGE).orElseThrow().value())
                        .value()
                        .intValue())
                .isEqualTo(original.demographics().age());
        assertThat(text(Fields.SEX)).isEqualTo(original.demographics().sex());
        assertThat(text(Fields.DISEASE))
                .isEqualTo(original.diagnosis().disease().toString());
        assertThat(text(Fields.STATED_TYPE)).isEqualTo(original.diagnosis().statedType());
        assertThat(text(Fields.WHO2022)).isEqualTo(original.diagnosis().who2022());
        assertThat(text(Fields.ICD10)).isEqualTo(original.diagnosis().icd10());
        assertThat(text(Fields.DIAGNOSIS_DATE))
                .isEqualTo(original.diagnosis().date().toString());
    }

    @Test
    void everyLabComesBackWithValueUnitDateAndSeries() {
        for (Map.Entry<Analyte, LabValue> e : original.labs().toMap().entrySet()) {
            List<Fact> mine = facts.stream()
                    .filter(f -> f.field().equals(e.getKey().path()))
                    .toList();
            Fact current = latest(e.getKey().path()).orElseThrow(() -> new AssertionError("no " + e.getKey()));
            FactValue.Measured m = (FactValue.Measured) current.value();
            assertThat(m.value())
                    .as(e.getKey().key())
                    .isEqualByComparingTo(e.getValue().value());
            assertThat(m.unit()).isEqualTo(e.getValue().unit());
            assertThat(current.asOf()).isEqualTo(e.getValue().date());
            assertThat(mine).hasSize(1 + e.getValue().series().size());
        }
    }

    @Test
    void karyotypeMutationsAndNegativeGenesComeBack() {
        KaryotypeFinding k =
                ((FactValue.Cytogenetics) latest(Fields.KARYOTYPE).orElseThrow().value()).karyotype();
        assertThat(k.iscn()).isEqualTo(original.karyotype().iscn());
        assertThat(k.ipssrCategory()).isEqualTo(original.karyotype().ipssrCategory());
        assertThat(k.date()).isEqualTo(original.karyotype().date());

        List<String> mutations = facts.stream()
                .filter(f -> f.field().equals(Fields.MUTATION))
                .map(f -> describe(((FactValue.Variant) f.value()).mutation()))
                .toList();
        assertThat(mutations)
                .containsExactlyInAnyOrderElementsOf(original.mutations().stream()
                        .map(RoundTripTest::describe)
                        .toList());
        assertThat(facts.stream()
                        .filter(f -> f.field().equals(Fields.NEGATIVE_GENE))
                        .map(f -> f.value().display()))
                .containsExactlyInAnyOrderElementsOf(original.negativeGenes());
    }

    @Test
    void treatmentsAndClinicalStatementsComeBack() {
        List<String> treatments = facts.stream()
                .filter(f -> f.field().equals(Fields.TREATMENT))
                .map(f -> describe(((FactValue.Course) f.value()).treatment()))
                .toList();
        assertThat(treatments)
                .containsExactlyInAnyOrderElementsOf(original.treatments().stream()
                        .map(RoundTripTest::describe)
                        .toList());
        assertThat(((FactValue.Measured) latest(Fields.ECOG).orElseThrow().value())
                        .value()
                        .intValue())
                .isEqualTo(original.clinical().ecog());
        assertThat(((FactValue.Measured)
                                latest(Fields.MARROW_CELLULARITY).orElseThrow().value())
                        .value()
                        .intValue())
                .isEqualTo(original.clinical().marrowCellularityPct());
    }

    @Test
    void everyFactPointsToItsResource() {
        assertThat(facts).allSatisfy(f -> {
            assertThat(f.provenance().document()).isEqualTo("round-trip");
            assertThat(f.provenance().page()).isEqualTo(1);
            assertThat(f.provenance().span()).isNull();
            assertThat(f.provenance().text()).matches("[A-Za-z]+/[0-9a-f-]{36} .+");
        });
        assertThat(facts.stream().map(Fact::field).collect(Collectors.toSet())).doesNotContain("guidance");
    }

    private static String describe(Mutation m) {
        return String.join(
                "|",
                m.gene(),
                String.valueOf(m.hgvsC()),
                String.valueOf(m.hgvsP()),
                String.valueOf(m.variantType()),
                m.vafPct() == null ? "null" : m.vafPct().stripTrailingZeros().toPlainString(),
                m.classification().toString(),
                String.valueOf(m.germline()));
    }

    private static String describe(Treatment t) {
        return String.join(
                "|",
                t.drug(),
                String.valueOf(t.rxnorm()),
                String.valueOf(t.start()),
                String.valueOf(t.end()),
                String.valueOf(t.cycles()),
                String.valueOf(t.bestResponse()),
                String.valueOf(t.stoppedReason()),
                String.valueOf(t.ongoing()));
    }

    @Test
    void theXmlSerialisationImportsToTheSameFacts() {
        FhirExporter exporter = FhirExporter.create();
        var bundle = exporter.export(original, ExportValidationTest.guidance());
        String xml =
                ca.uhn.fhir.context.FhirContext.forR4Cached().newXmlParser().encodeResourceToString(bundle);
        String json = exporter.toJson(bundle);
        FhirBundleImporter importer = FhirBundleImporter.create();

        List<String> fromXml = importer
                .importFacts("x", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), FhirFormat.XML)
                .stream()
                .map(f -> f.field() + "=" + f.value().display())
                .sorted()
                .toList();
        List<String> fromJson = importer
                .importFacts("j", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FhirFormat.JSON)
                .stream()
                .map(f -> f.field() + "=" + f.value().display())
                .sorted()
                .toList();

        assertThat(fromXml).isNotEmpty().isEqualTo(fromJson);
    }
}
