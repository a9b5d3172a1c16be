package org.recordpath.guidance.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.guidance.GuidanceEngine;

/** A bad pack is refused at load time with its file, line and reason. */
class PackReaderTest {
    private static final String QUESTIONS = "questions:\n"
            + String.join(
                    "",
                    PackReader.QUESTION_KEYS.stream()
                            .map(k -> "  " + k + ": \"question " + k + "\"\n")
                            .toList());

    static String pack(String pathways) {
        return "pack: Test\nversion: \"1.0\"\ndisease: MDS\ncontentBasis: test\n" + QUESTIONS + "pathways:\n"
                + pathways;
    }

    static final String GOOD = "  - id: lr-test\n"
            + "    title: Test\n"
            + "    riskGroup: lower\n"
            + "    requires:\n"
            + "      all:\n"
            + "        - {fact: $riskGroup, op: \"==\", value: lower}\n"
            + "        - {fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}\n"
            + "    options: [{agent: test}]\n"
            + "    evidence: 2A\n"
            + "    fda: n/a\n"
            + "    citations: [x]\n"
            + "    questions: [Q-EPO]\n";

    static Pack read(String text) {
        return PackReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void readsAValidPack() {
        Pack p = read(pack(GOOD));
        assertThat(p.pathways()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("lr-test");
            assertThat(x.requires().atoms()).hasSize(2);
        });
        assertThat(p.question("Q-EPO")).isEqualTo("question Q-EPO");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown fact | labs.serumEpo, | labs.epo, | 12 | unknown fact 'labs.epo'",
                "wrong unit | unit: mU/mL | unit: IU/mL | 12 | is in mU/mL",
                "unknown operator | op: \"<=\" | op: \"=<\" | 12 | unknown operator '=<'",
                "number as text | value: 500 | value: lots | 12 | is a number",
                "risk group mismatch | riskGroup: lower | riskGroup: higher | 8 | must have riskGroup lower",
                "undefined question | [Q-EPO] | [Q-NOPE] | 17 | undefined question 'Q-NOPE'",
                "unknown key | evidence: 2A | evidnce: 2A | 14 | unexpected key 'evidnce'",
                "bad rxnorm | {agent: test} | {agent: test, rxnorm: abc} | 13 | rxnorm must be a numeric RxCUI"
            })
    void refusesABadPackWithLineAndReason(String name, String from, String to, int line, String reason) {
        String text = pack(GOOD.replace(from.trim(), to.trim()));
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(PackException.class)
                .hasMessageStartingWith("test.yaml:")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((PackException) e).line()).isEqualTo(line + 21));
    }

    @Test
    void refusesUnknownDerivedPredicateAndBadHotspot() {
        String derived =
                GOOD.replace("{fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}", "{derived: $symptomatic}");
        assertThatThrownBy(() -> read(pack(derived))).hasMessageContaining("unknown derived predicate '$symptomatic'");
        String hotspot = GOOD.replace(
                "{fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}",
                "{derived: $mutated, gene: IDH1, hotspots: [132]}");
        assertThatThrownBy(() -> read(pack(hotspot))).hasMessageContaining("not a codon");
    }

    @Test
    void refusesDuplicateIdsMissingQuestionsAndUnquotedVersion() {
        assertThatThrownBy(() -> read(pack(GOOD + GOOD))).hasMessageContaining("duplicate pathway id 'lr-test'");
        assertThatThrownBy(() -> read(pack(GOOD).replace("  Q-GERM: \"question Q-GERM\"\n", "")))
                .hasMessageContaining("question 'Q-GERM' is missing");
        assertThatThrownBy(() -> read(pack(GOOD).replace("\"1.0\"", "1.0"))).hasMessageContaining("quote it");
        assertThatThrownBy(() -> read("pack: [unclosed")).hasMessageContaining("not valid YAML");
    }

    @Test
    void engineRefusesABadPackFileOnDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad-1.0.yaml");
        Files.writeString(file, pack(GOOD.replace("labs.serumEpo", "labs.epo")));
        assertThatThrownBy(() -> GuidanceEngine.withPack(file))
                .isInstanceOf(PackException.class)
                .hasMessageContaining(file.toString() + ":33");
        Path good = dir.resolve("good-1.0.yaml");
        Files.writeString(good, pack(GOOD));
        assertThat(GuidanceEngine.withPack(good).pack().version()).isEqualTo("1.0");
    }
}
