package org.recordpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recordpath.guidance.json.ContractJson;

class RecordPathCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RecordPathCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> stdoutLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsUsageAndExits2WithoutCommand() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: recordpath extract");
    }

    @Test
    void rejectsAnUnknownCommandWithUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
    }

    @Test
    void guidePrintsOneJsonLinePerProfileInOrder() throws IOException {
        Path first = Files.writeString(dir.resolve("a.json"), "{}");
        Path second =
                Files.writeString(dir.resolve("b.json"), "{\"profile\": {\"diagnosis\": {\"disease\": \"CMML\"}}}");

        assertThat(run("guide", first.toString(), second.toString())).isZero();

        List<String> lines = stdoutLines();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode guidance = ContractJson.mapper().readTree(line);
            assertThat(guidance.at("/guideline/pack").asText()).isNotBlank();
            assertThat(guidance.at("/guideline/version").asText()).isNotBlank();
        }
    }

    @Test
    void guideFailsWithTheFileNameOnMalformedJsonAndPrintsNothing() throws IOException {
        Path good = Files.writeString(dir.resolve("good.json"), "{}");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"labs\": ");

        assertThat(run("guide", good.toString(), bad.toString())).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.json").contains("not a valid profile");
    }

    @Test
    void guideFailsOnAMissingFile() {
        assertThat(run("guide", dir.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.json: not a readable file");
    }

    @Test
    void extractFailsWithAClearMessageForAFileThatIsNotADocument() throws IOException {
        Path junk = Files.write(dir.resolve("report.pdf"), new byte[] {0x01, 0x02, 0x03, 0x04, 0x05});

        assertThat(run("extract", junk.toString(), "--json")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("report.pdf: ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void extractRejectsAnUnknownOption() throws IOException {
        Path junk = Files.writeString(dir.resolve("x.txt"), "x");
        assertThat(run("extract", junk.toString(), "--yaml")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --yaml");
    }

    @Test
    // #14: "complex karyotype" is now read as the Poor-Very Poor range, so a failed culture stands for the error
    void karyotypePrintsOneLinePerStringWithCategoryOrError() throws IOException {
        assertThat(run("karyotype", "45,XX,-7[20]", "culture failed")).isZero();

        List<String> lines = stdoutLines();
        assertThat(lines).hasSize(2);
        JsonNode parsed = ContractJson.mapper().readTree(lines.get(0));
        assertThat(parsed.get("ipssrCategory").asText()).isEqualTo("Poor");
        assertThat(parsed.get("minus7OrDel7q").asBoolean()).isTrue();
        JsonNode rejected = ContractJson.mapper().readTree(lines.get(1));
        assertThat(rejected.get("error").asText()).isNotBlank();
        assertThat(rejected.get("ipssrCategory").isNull()).isTrue();
    }

    @Test
    void karyotypePrintsRepairsAndReviewFlagsForEachRepairedString() throws IOException { // #14
        assertThat(run("karyotype", "44-47,XY,-7,+8,+21[cp10]/46,XY[10]", "complex karyotype", "46,XX,+8[20]"))
                .isZero();

        List<String> lines = stdoutLines();
        assertThat(lines).hasSize(3);
        // -7,+8,+21: complex with exactly 3 abnormalities -> Poor (risk-scores.md 3.5)
        JsonNode hyphen = ContractJson.mapper().readTree(lines.get(0));
        assertThat(hyphen.get("ipssrCategory").asText()).isEqualTo("Poor");
        assertThat(hyphen.get("repairs").get(0).asText()).startsWith("hyphen-range:");
        assertThat(hyphen.get("reviewFlags").get(0).asText()).startsWith("repaired");
        JsonNode words = ContractJson.mapper().readTree(lines.get(1));
        assertThat(words.get("ipssrCategory").asText()).isEqualTo("Poor–Very Poor");
        assertThat(words.get("repairs").get(0).asText()).startsWith("free-text:");
        JsonNode plain = ContractJson.mapper().readTree(lines.get(2));
        assertThat(plain.get("repairs")).isEmpty();
    }

    @Test
    void karyotypeTakesTheSexAndAStrictMode() throws IOException { // #14
        assertThat(run("karyotype", "--sex", "M", "45,X[20]")).isZero();
        assertThat(run("karyotype", "--strict", "complex karyotype")).isZero();

        List<String> lines = stdoutLines();
        // 45,X in a male is -Y alone: Very Good
        assertThat(ContractJson.mapper()
                        .readTree(lines.get(0))
                        .get("ipssrCategory")
                        .asText())
                .isEqualTo("Very Good");
        assertThat(ContractJson.mapper().readTree(lines.get(1)).get("error").asText())
                .isNotBlank();
        assertThat(run("karyotype", "--sex", "X", "45,X[20]")).isEqualTo(1);
    }
}
