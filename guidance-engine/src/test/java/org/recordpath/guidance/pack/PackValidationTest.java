package org.recordpath.guidance.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shape rule of the pack format refuses its own mistake with the reason (#10: a pack that says something other
 * than its author meant must not load). Each row replaces one text of {@link PackReaderTest#GOOD}.
 */
class PackValidationTest {
    private static final String EPO = "{fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL}";
    private static final String RISK = "{fact: $riskGroup, op: \"==\", value: lower}";

    private static String replacing(String from, String to) {
        assertThat(PackReaderTest.GOOD).contains(from);
        return PackReaderTest.pack(PackReaderTest.GOOD.replace(from, to));
    }

    private static Pack read(String text) {
        return PackReaderTest.read(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "extra key beside all | `      all:\\n` | `      why: x\\n      all:\\n` | unexpected key 'why' here",
                "extra key beside not | " + EPO
                        + " | `{not: {derived: $symptomaticAnemia}, why: x}` | unexpected key 'why'",
                "extra key in a fact | " + EPO
                        + " | `{fact: labs.serumEpo, op: \"<=\", value: 500, unit: mU/mL, is: true}`"
                        + " | unexpected key 'is'",
                "extra key in a derived | " + EPO
                        + " | `{derived: $symptomaticAnemia, op: \"==\"}` | unexpected key 'op'",
                "empty all | `      all:\\n        - " + RISK + "\\n        - " + EPO
                        + "\\n` | `      all: []\\n` | 'all' needs a" + " non-empty list",
                "not a criterion | " + EPO + " | `[x]` | a criterion must be a mapping",
                "no criterion key | " + EPO + " | `{value: 3}` | unknown criterion",
                "fact without value | " + EPO + " | `{fact: labs.serumEpo, op: \"<=\", unit: mU/mL}` | needs a value",
                "fact without operator | " + EPO + " | `{fact: labs.serumEpo, value: 500, unit: mU/mL}`"
                        + " | 'op' needs a text value",
                "blank fact | " + EPO
                        + " | `{fact: \" \", op: \"<=\", value: 500, unit: mU/mL}` | 'fact' needs a text value",
                "flag with an ordering | " + EPO + " | `{fact: karyotype.complex, op: \"<\", value: true}` | is yes/no",
                "flag with a number | " + EPO + " | `{fact: karyotype.complex, op: \"==\", value: 1}` | is yes/no",
                "flag with a unit | " + EPO + " | `{fact: karyotype.complex, op: \"==\", value: true, unit: x}`"
                        + " | has no unit",
                "choice with an ordering | " + EPO
                        + " | `{fact: diagnosis.disease, op: \">\", value: MDS}` | takes == or !=",
                "choice outside its list | " + EPO
                        + " | `{fact: diagnosis.disease, op: \"==\", value: ALL}` | takes == or !=",
                "choice as a number | " + EPO + " | `{fact: diagnosis.disease, op: \"==\", value: 3}` | takes == or !=",
                "choice with a unit | " + EPO
                        + " | `{fact: diagnosis.disease, op: \"==\", value: MDS, unit: x}` | has no unit",
                "gene on a plain predicate | " + EPO + " | `{derived: $symptomaticAnemia, gene: TP53}` | takes no gene",
                "hotspots on a plain predicate | " + EPO + " | `{derived: $symptomaticAnemia, hotspots: [R132]}`"
                        + " | takes no gene",
                "lower-case gene | " + EPO + " | `{derived: $mutated, gene: idh1}` | HGNC symbol",
                "hotspots not a list | " + EPO
                        + " | `{derived: $mutated, gene: IDH1, hotspots: R132}` | must be a list",
                "is not a boolean | " + EPO
                        + " | `{derived: $symptomaticAnemia, is: maybe}` | 'is' must be true or false",
                "no risk-group test | " + RISK
                        + " | `{derived: $symptomaticAnemia}` | must require $riskGroup == lower",
                "the other risk group | " + RISK + " | `{fact: $riskGroup, op: \"==\", value: higher}`"
                        + " | must require $riskGroup == lower",
                "option with when and onlyWhen | `{agent: test}` | `{agent: test, when: {derived: $symptomaticAnemia},"
                        + " onlyWhen: {derived: $symptomaticAnemia}}` | 'when' or 'onlyWhen', not both",
                "option with an unknown key | `{agent: test}` | `{agent: test, dose: 5}` | unexpected key 'dose'",
                "options not a list | `[{agent: test}]` | `{agent: test}` | 'options' must be a list",
                "note with an unknown key | `    questions: [Q-EPO]\\n` | `    questions: [Q-EPO]\\n    notes: [{text: a, if: b}]\\n`"
                        + " | unexpected key 'if'",
                "notes not a list | `    questions: [Q-EPO]\\n` | `    questions: [Q-EPO]\\n    notes: {text: a}\\n`"
                        + " | 'notes' must be a list",
                "citation not text | `citations: [x]` | `citations: [[x]]` | entries must be text",
                "citations missing | `    citations: [x]\\n` | `` | 'citations' must be a list",
                "bad id | `id: lr-test` | `id: low-test` | must look like lr-..., hr-... or all-...",
                "lower pathway without requires | `    requires:\\n      all:\\n        - " + RISK + "\\n        - "
                        + EPO + "\\n` | ``" + " | needs 'requires'"
            })
    void refusesWithTheReason(String name, String from, String to, String reason) {
        String text = replacing(from.replace("\\n", "\n"), to.replace("\\n", "\n"));

        assertThatThrownBy(() -> read(text)).isInstanceOf(PackException.class).hasMessageContaining(reason);
    }

    @Test
    void aMissingUnitNamesTheUnitAndAWrongOneNamesBoth() {
        assertThatThrownBy(() -> read(replacing(EPO, "{fact: labs.serumEpo, op: \"<=\", value: 500}")))
                .isInstanceOf(PackException.class)
                .hasMessageEndingWith("the criterion must say unit: mU/mL");
        assertThatThrownBy(() -> read(replacing(EPO, "{fact: labs.serumEpo, op: \"<=\", value: 500, unit: U/L}")))
                .hasMessageEndingWith("the criterion must say unit: mU/mL (not U/L)");
    }

    @Test
    void anUnexpectedTopLevelKeyIsRefused() {
        String text = PackReaderTest.pack(PackReaderTest.GOOD).replace("disease: MDS\n", "disease: MDS\nauthor: x\n");

        assertThatThrownBy(() -> read(text)).isInstanceOf(PackException.class).hasMessageContaining("'author'");
    }

    @Test
    void anEmptyVersionIsNotTakenForAnUnquotedNumber() {
        String text = PackReaderTest.pack(PackReaderTest.GOOD).replace("version: \"1.0\"", "version:");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(PackException.class)
                .hasMessageContaining("'version' needs a text value")
                .hasMessageNotContaining("quote it");
    }

    @Test
    void readsOptionsAndNotesWithTheirConditions() {
        Pack p = read(replacing(
                "    options: [{agent: test}]\n",
                "    options:\n"
                        + "      - {agent: a, rxnorm: 123, note: first, when: {derived: $symptomaticAnemia}}\n"
                        + "      - {agent: b, onlyWhen: {derived: $rsPositive}}\n"
                        + "      - {agent: c}\n"
                        + "    notes:\n"
                        + "      - {text: shown, when: {derived: $rsPositive}, unless: {derived: $tp53MultiHit}}\n"
                        + "      - {text: always}\n"));

        Pathway x = p.pathways().get(0);
        assertThat(x.options()).extracting(Pathway.Option::agent).containsExactly("a", "b", "c");
        assertThat(x.options()).extracting(Pathway.Option::strict).containsExactly(false, true, false);
        assertThat(x.options()).extracting(Pathway.Option::rxnorm).containsExactly("123", null, null);
        assertThat(x.options()).extracting(Pathway.Option::note).containsExactly("first", null, null);
        assertThat(x.options().get(0).when().atoms()).extracting(a -> a.key()).containsExactly("$symptomaticAnemia");
        assertThat(x.options().get(1).when().atoms()).extracting(a -> a.key()).containsExactly("$rsPositive");
        assertThat(x.options().get(2).when()).isNull();
        assertThat(x.notes()).extracting(Pathway.Note::text).containsExactly("shown", "always");
        assertThat(x.notes().get(0).unless().atoms()).extracting(a -> a.key()).containsExactly("$tp53MultiHit");
        assertThat(x.notes().get(1).when()).isNull();
        assertThat(x.notes().get(1).unless()).isNull();
    }

    @Test
    void anAllPathwayNeedsNoRequiresAndAnExcludesIsRead() {
        String all = PackReaderTest.GOOD
                .replace("id: lr-test", "id: all-test")
                .replace("riskGroup: lower", "riskGroup: any")
                .replace(
                        "    requires:\n      all:\n        - " + RISK + "\n        - " + EPO + "\n",
                        "    excludes: {derived: $tp53MultiHit, is: false}\n");

        Pathway x = read(PackReaderTest.pack(all)).pathways().get(0);

        assertThat(x.requires().atoms()).isEmpty();
        assertThat(x.excludes().atoms()).extracting(a -> a.key()).containsExactly("$tp53MultiHit == false");
    }
}
