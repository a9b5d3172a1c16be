package org.recordpath.extraction.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordpath.model.fact.Fact;
import org.slf4j.LoggerFactory;

/** The harness's files under target/harness: summary.txt, details.tsv, and per patient its texts and facts. */
final class HarnessReport {
    private HarnessReport() {}

    static void write(Score s, int fhirDocuments, Path dir) throws IOException {
        String summary = summary(s, fhirDocuments);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("summary.txt"), summary);
        StringBuilder details = new StringBuilder("patient\tfield\tgold\tpredicted\tverdict\tcell\n");
        s.outcomes.forEach(o -> details.append(String.join(
                        "\t",
                        o.patient(),
                        o.field(),
                        String.valueOf(o.gold()),
                        String.valueOf(o.predicted()),
                        o.verdict(),
                        o.cell()))
                .append('\n'));
        Files.writeString(dir.resolve("details.tsv"), details.toString());
        LoggerFactory.getLogger(HarnessReport.class).info("\n{}", summary);
    }

    /** The texts the reader gave (for debugging extraction without rerunning OCR) and the facts extracted. */
    static void writePatient(Path dir, String patient, Map<String, String> texts, List<Fact> facts) throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        for (Map.Entry<String, String> t : texts.entrySet()) {
            Files.writeString(dir.resolve("texts/" + patient + "-" + t.getKey() + ".txt"), t.getValue());
        }
        StringBuilder sb = new StringBuilder();
        for (Fact f : facts) {
            sb.append(String.join(
                            "\t",
                            f.field(),
                            f.value().display(),
                            String.valueOf(f.asOf()),
                            f.context().name(),
                            String.format(Locale.ROOT, "%.2f", f.confidence()),
                            f.provenance().document(),
                            String.valueOf(f.provenance().page()),
                            f.provenance().text().replace('\n', ' '),
                            String.valueOf(f.provenance().box())))
                    .append('\n');
        }
        Files.createDirectories(dir.resolve("facts"));
        Files.writeString(dir.resolve("facts/" + patient + ".tsv"), sb.toString(), StandardCharsets.UTF_8);
    }

    private static String summary(Score s, int fhirDocuments) {
        StringBuilder sb = new StringBuilder("Field-level scores on the developer corpus (FHIR bundles skipped: ")
                .append(fhirDocuments)
                .append(")\n")
                .append(header("field"));
        s.byField.forEach((k, c) -> sb.append(line(k, c)));
        sb.append('\n').append(header("style × format of the source"));
        s.byCell.forEach((k, c) -> sb.append(line(k, c)));
        sb.append('\n').append(header("style"));
        s.byStyle.forEach((k, c) -> sb.append(line(k, c)));
        sb.append('\n').append(header("format"));
        s.byFormat.forEach((k, c) -> sb.append(line(k, c)));
        return sb.append('\n')
                .append(line("overall", s.overall))
                .append(line("overall without FHIR-sourced", s.overallWithoutFhir))
                .toString();
    }

    private static String header(String key) {
        return String.format(Locale.ROOT, "%-32s %5s %5s %5s %6s %6s %6s%n", key, "TP", "FP", "FN", "P", "R", "F1");
    }

    private static String line(String key, Score.Counts c) {
        return String.format(
                Locale.ROOT,
                "%-32s %5d %5d %5d %6.3f %6.3f %6.3f%n",
                key,
                c.tp,
                c.fp,
                c.fn,
                c.precision(),
                c.recall(),
                c.f1());
    }
}
