package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Mutation;

/**
 * Imports every FHIR document of the developer corpus and compares, field by field, the latest affirmed value to
 * the patient's gold for what the Bundle carries: labs whose gold source is this Bundle (strict) and labs of the
 * same date (the same value may also be printed in a PDF the gold names instead), demographics, diagnosis,
 * karyotype, mutations, negative genes, ECOG and treatments. Writes the table to
 * target/fhir-dev-agreement.txt and reports every disagreement before failing once.
 */
class DevCorpusFhirTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> LAB_KEYS = Map.of(
            "hemoglobin_g_dl", "labs.hemoglobin",
            "platelets_10e9_l", "labs.platelets",
            "anc_10e9_l", "labs.anc",
            "wbc_10e9_l", "labs.wbc",
            "bm_blasts_pct", "labs.bmBlasts",
            "ring_sideroblasts_pct", "labs.ringSideroblasts",
            "serum_epo_mu_ml", "labs.serumEpo",
            "ferritin_ng_ml", "labs.ferritin");
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();

    @Test
    void fhirDocumentsOfTheDevCorpusAgreeWithTheirGold() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int documents = 0;
        for (Path patient : patients()) {
            JsonNode gold = JSON.readTree(patient.resolve("gold.json").toFile());
            for (JsonNode doc : gold.get("documents")) {
                if (doc.get("format").asText().equals("fhir-json")) {
                    documents++;
                    String file = doc.get("file").asText();
                    LatestFacts facts = new LatestFacts(IMPORTER.importFacts(file, patient.resolve(file)));
                    compare(patient.getFileName() + "/" + file, gold, file, facts, rows, disagreements);
                }
            }
        }
        Path out = Path.of("target", "fhir-dev-agreement.txt");
        Files.createDirectories(out.getParent());
        long agree = rows.stream().filter(r -> r.startsWith("OK")).count();
        rows.add(0, "agreement " + agree + "/" + rows.size() + " fields over " + documents + " FHIR documents");
        Files.write(out, rows);
        assertThat(documents).isGreaterThanOrEqualTo(4);
        assertThat(disagreements).as("see %s", out.toAbsolutePath()).isEmpty();
    }

    /** The patients of both developer batches ({@code dev/} and {@code dev2/}, #13), in order. */
    private static List<Path> patients() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String set : List.of("dev", "dev2")) {
            try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("recordpath.corpus"), set))) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json")))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static void compare(
            String where, JsonNode gold, String file, LatestFacts facts, List<String> rows, List<String> bad) {
        JsonNode labs = gold.get("labs");
        for (Map.Entry<String, String> e : LAB_KEYS.entrySet()) {
            JsonNode g = labs.get(e.getKey());
            var mine = facts.latest(e.getValue());
            if (g == null || mine.isEmpty()) {
                continue;
            }
            boolean strict = g.get("source_file").asText().equals(file);
            boolean sameDate = mine.get().asOf().toString().equals(g.get("date").asText());
            if (strict || sameDate) {
                BigDecimal value = ((FactValue.Measured) mine.get().value()).value();
                boolean ok = value.compareTo(g.get("value").decimalValue()) == 0 && sameDate;
                row(
                        rows,
                        bad,
                        ok,
                        where,
                        e.getValue() + (strict ? " (source)" : " (same date)"),
                        g.get("value") + " @" + g.get("date").asText(),
                        value.toPlainString() + " @" + mine.get().asOf());
            }
        }
        JsonNode demo = gold.get("demographics");
        facts.latest(Fields.AGE)
                .ifPresent(f -> row(
                        rows,
                        bad,
                        ((FactValue.Measured) f.value()).value().intValue()
                                == demo.get("age").asInt(),
                        where,
                        "age",
                        demo.get("age").asText(),
                        f.value().display()));
        facts.text(Fields.SEX)
                .ifPresent(s -> row(
                        rows,
                        bad,
                        s.equals(demo.get("sex").asText()),
                        where,
                        "sex",
                        demo.get("sex").asText(),
                        s));
        JsonNode dx = gold.get("diagnosis");
        textField(rows, bad, where, facts, Fields.DISEASE, dx.get("disease").asText());
        textField(rows, bad, where, facts, Fields.WHO2022, dx.get("who2022").asText());
        textField(rows, bad, where, facts, Fields.ICD10, dx.get("icd10").asText());
        textField(rows, bad, where, facts, Fields.DIAGNOSIS_DATE, dx.get("date").asText());
        facts.latest(Fields.KARYOTYPE).ifPresent(f -> {
            String iscn = ((FactValue.Cytogenetics) f.value()).karyotype().iscn();
            row(
                    rows,
                    bad,
                    String.valueOf(iscn)
                            .equals(gold.get("karyotype").get("iscn").asText()),
                    where,
                    "karyotype",
                    gold.get("karyotype").get("iscn").asText(),
                    iscn);
        });
        mutations(rows, bad, where, gold, facts);
        Set<String> negatives = new TreeSet<>();
        facts.all(Fields.NEGATIVE_GENE).forEach(f -> negatives.add(f.value().display()));
        if (!negatives.isEmpty()) {
            Set<String> expected = new TreeSet<>();
            gold.get("negative_genes").forEach(n -> expected.add(n.asText()));
            row(
                    rows,
                    bad,
                    negatives.equals(expected),
                    where,
                    "negativeGenes",
                    expected.toString(),
                    negatives.toString());
        }
        facts.latest(Fields.ECOG)
                .ifPresent(f -> row(
                        rows,
                        bad,
                        ("ECOG " + ((FactValue.Measured) f.value()).value().toPlainString())
                                .equals(gold.get("clinical")
                                        .get("performance_status")
                                        .asText()),
                        where,
                        "ecog",
                        gold.get("clinical").get("performance_status").asText(),
                        f.value().display()));
        List<String> treatments = facts.all(Fields.TREATMENT).stream()
                .map(f -> f.value().display())
                .toList();
        List<String> expectedTreatments = new ArrayList<>();
        gold.get("treatments").forEach(t -> expectedTreatments.add(t.get("drug").asText()));
        row(
                rows,
                bad,
                expectedTreatments.containsAll(treatments),
                where,
                "treatments (given, not proposed)",
                expectedTreatments.toString(),
                treatments.toString());
    }

    private static void mutations(List<String> rows, List<String> bad, String where, JsonNode gold, LatestFacts facts) {
        List<Fact> variants = facts.all(Fields.MUTATION);
        if (variants.isEmpty()) {
            return;
        }
        Set<String> mine = new TreeSet<>();
        for (Fact f : variants) {
            Mutation m = ((FactValue.Variant) f.value()).mutation();
            mine.add(m.gene() + " " + m.hgvsP() + " " + m.hgvsC() + " "
                    + m.vafPct().stripTrailingZeros().toPlainString() + " "
                    + m.classification().isDriver());
        }
        Set<String> expected = new TreeSet<>();
        for (JsonNode m : gold.get("mutations")) {
            expected.add(m.get("gene").asText() + " " + m.get("hgvs_p").asText() + " "
                    + m.get("hgvs_c").asText() + " "
                    + m.get("vaf_pct").decimalValue().stripTrailingZeros().toPlainString() + " "
                    + m.get("pathogenic").asBoolean());
        }
        row(rows, bad, mine.equals(expected), where, "mutations", expected.toString(), mine.toString());
    }

    private static void textField(
            List<String> rows, List<String> bad, String where, LatestFacts facts, String field, String expected) {
        facts.text(field).ifPresent(s -> row(rows, bad, s.equals(expected), where, field, expected, s));
    }

    private static void row(
            List<String> rows,
            List<String> bad,
            boolean ok,
            String where,
            String field,
            String expected,
            String actual) {
        String line = (ok ? "OK   " : "DIFF ") + where + " " + field + ": gold " + expected + ", fhir " + actual;
        rows.add(line);
        if (!ok) {
            bad.add(line);
        }
    }
}
