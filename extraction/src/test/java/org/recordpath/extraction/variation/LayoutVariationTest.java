package org.recordpath.extraction.variation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.read.DocumentReader;
import org.recordpath.extraction.read.ReadDocument;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabValue;

/**
 * Metamorphic layout harness (#13), a small sample for the normal build: the blood counts of developer-corpus gold
 * profiles are printed again as text PDFs in varied layouts ({@link Variation}: label synonyms, column orders, unit
 * spellings, date formats, dot leaders, values below labels, A4 and Letter), read back through the product's reader
 * and extractors, and must give the same values on the same collection date. F1 per variation family goes to
 * target/variation-summary.txt; each family has a floor at what it measured.
 */
class LayoutVariationTest {
    private static final int PATIENTS = 3;
    private static final List<Analyte> COUNTS =
            List.of(Analyte.HEMOGLOBIN, Analyte.PLATELETS, Analyte.ANC, Analyte.WBC);
    /** Measured 2026-12-06 (every family 1.000 over 3 profiles × 10 layouts × 4 counts; values below labels 0.000 before). */
    private static final Map<String, Double> FLOORS = Map.of(
            "label synonyms", 1.0,
            "column order", 1.0,
            "unit spellings", 1.0,
            "date formats", 1.0,
            "dot leaders", 1.0,
            "values below labels", 1.0);

    private static final DocumentReader READER = new DocumentReader();
    private final RecordExtractor extractor = new RecordExtractor(List.of());

    @TempDir
    Path dir;

    @AfterAll
    static void close() {
        READER.close();
    }

    @Test
    void everyLayoutReadsBackTheSameCounts() throws IOException {
        Map<String, int[]> byFamily = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (LabSheet sheet : sheets()) {
            for (Variation v : Variation.values()) {
                Path pdf = dir.resolve(v + "-" + sheet.collected() + ".pdf");
                sheet.render(v.rows(sheet), v.letter, pdf);
                ClinicalProfile p = read(pdf);
                int[] tpFpFn = byFamily.computeIfAbsent(v.family, k -> new int[3]);
                for (Analyte a : COUNTS) {
                    score(
                            a,
                            expected(sheet, a),
                            sheet.collected(),
                            p.labs().get(a).orElse(null),
                            tpFpFn,
                            v,
                            misses);
                }
            }
        }
        StringBuilder report = new StringBuilder("family\tTP\tFP\tFN\tF1\n");
        byFamily.forEach((f, c) -> report.append(
                String.format(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%.3f%n", f, c[0], c[1], c[2], f1(c))));
        Files.writeString(
                Path.of("target", "variation-summary.txt"), report + "\nmisses:\n" + String.join("\n", misses));
        byFamily.forEach(
                (f, c) -> assertThat(f1(c)).as("F1 of %s; misses %s", f, misses).isGreaterThanOrEqualTo(FLOORS.get(f)));
    }

    private ClinicalProfile read(Path pdf) throws IOException {
        try {
            SourceDocument doc = SourceDocument.of(pdf);
            ReadDocument read = READER.read(doc, READER.sniff(doc), (p, n) -> {});
            return extractor.reconcile(extractor.extract(read).facts());
        } catch (org.recordpath.extraction.UnreadableDocumentException e) {
            throw new IOException(e);
        }
    }

    private static void score(
            Analyte a, BigDecimal gold, LocalDate date, LabValue got, int[] c, Variation v, List<String> misses) {
        boolean same = got != null
                && got.value().setScale(1, RoundingMode.HALF_UP).compareTo(gold.setScale(1, RoundingMode.HALF_UP)) == 0
                && date.equals(got.date());
        if (same) {
            c[0]++;
            return;
        }
        c[2]++;
        if (got != null) {
            c[1]++;
        }
        misses.add(v + " " + a.key() + " " + gold + "@" + date + " -> "
                + (got == null ? "nothing" : got.value() + "@" + got.date()));
    }

    private static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    private static BigDecimal expected(LabSheet s, Analyte a) {
        return a == Analyte.HEMOGLOBIN
                ? s.hb()
                : a == Analyte.PLATELETS ? s.platelets() : a == Analyte.ANC ? s.anc() : s.wbc();
    }

    /** The first gold profiles of the developer corpus that state all four counts (their values, one date). */
    private static List<LabSheet> sheets() throws IOException {
        Path dev = Path.of(System.getProperty("recordpath.corpus", "../../shared/corpus"))
                .resolve("dev");
        ObjectMapper json = new ObjectMapper();
        List<LabSheet> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(dev)) {
            for (Path p : dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json")))
                    .sorted()
                    .toList()) {
                JsonNode labs = json.readTree(p.resolve("gold.json").toFile()).path("labs");
                List<String> keys = List.of("hemoglobin_g_dl", "platelets_10e9_l", "anc_10e9_l", "wbc_10e9_l");
                if (out.size() < PATIENTS && keys.stream().allMatch(labs::has)) {
                    out.add(new LabSheet(
                            LocalDate.parse(
                                    labs.path("hemoglobin_g_dl").path("date").asText()),
                            labs.path(keys.get(0)).path("value").decimalValue(),
                            labs.path(keys.get(1)).path("value").decimalValue(),
                            labs.path(keys.get(2)).path("value").decimalValue(),
                            labs.path(keys.get(3)).path("value").decimalValue()));
                }
            }
        }
        assertThat(out).as("gold profiles with the four counts").hasSize(PATIENTS);
        return out;
    }
}
