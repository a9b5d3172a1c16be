package org.recordpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordpath.guidance.json.ContractJson;

/**
 * The whole pipeline as a patient's records meet it: every document of a development-corpus patient (text PDFs,
 * scans, photos, FHIR bundles) through {@code recordpath extract --json}, and the pathways that come out MATCH are
 * exactly the gold's {@code expected_pathways} (see the corpus SCHEMA.md: MATCH only).
 */
class CorpusPathwaysIT {
    private static final Path DEV = Path.of(System.getProperty("recordpath.corpus", "../../shared/corpus"), "dev");

    static Stream<Path> patients() throws IOException {
        assertThat(DEV).as("the development corpus").isDirectory();
        try (Stream<Path> dirs = Files.list(DEV)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patients")
    void theMatchedPathwaysAreTheGoldOnes(Path patient) throws IOException {
        List<String> args = new ArrayList<>(List.of("extract"));
        try (Stream<Path> files = Files.list(patient)) {
            files.filter(f -> !f.getFileName().toString().equals("gold.json"))
                    .sorted()
                    .forEach(f -> args.add(f.toString()));
        }
        args.add("--json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = RecordPathCli.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode guidance = ContractJson.mapper().readTree(out.toByteArray()).get("guidance");
        TreeSet<String> matched = new TreeSet<>();
        guidance.get("pathways").forEach(p -> {
            if (p.get("status").asText().equals("MATCH")) {
                matched.add(p.get("id").asText());
            }
        });
        TreeSet<String> expected = new TreeSet<>();
        ContractJson.mapper()
                .readTree(patient.resolve("gold.json").toFile())
                .path("expected_pathways")
                .forEach(id -> expected.add(id.asText()));
        assertThat(matched).isEqualTo(expected);
        assertThat(guidance.at("/guideline/version").asText()).isNotBlank();
    }
}
