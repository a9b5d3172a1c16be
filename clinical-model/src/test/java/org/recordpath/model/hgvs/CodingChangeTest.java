package org.recordpath.model.hgvs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coding DNA changes normalise to one form: deleted or duplicated bases are not repeated. */
class CodingChangeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c.2098A>G | c.2098A>G
            c.2098a>g | c.2098A>G
            c.1934dup | c.1934dup
            c.1934dupG | c.1934dup
            c.284_307del | c.284_307del
            c.284_307delCTTTCGACAAGCAGGGCTCTGCGG | c.284_307del
            c.76_78del3 | c.76_78del
            c.860_863dup | c.860_863dup
            c.863_864insCATG | c.863_864insCATG
            c.*46T>A | c.*46T>A
            c.-14G>C | c.-14G>C
            c.1234+1G>A | c.1234+1G>A
            c.89-2A>C | c.89-2A>C
            c.805-15_805-11del5 | c.805-15_805-11del
            c.112_117delinsTG | c.112_117delinsTG
            c.5327_5328delCCinsTG | c.5327_5328delinsTG
            c.1delAinsT | c.1A>T
            c.809-14delGinsCC | c.809-14delinsCC
            c.203_506inv | c.203_506inv
            c.123= | c.123=
            c.2557_2694copy2 | c.2557_2694copy2
            c.(4_6)_246del | c.(4_6)_246del
            c.76(A>C) | c.76(A>C)
            NM_004333.4(BRAF):c.1799T>A | c.1799T>A
            NM_000014.4:c.2126-7_2126-3delACCAT | c.2126-7_2126-3del
            """)
    void normalises(String written, String canonical) {
        assertThat(Hgvs.coding(written).value().orElseThrow().text()).isEqualTo(canonical);
    }

    @Test
    void keepsTheAccessionWithoutTheGene() {
        CodingChange change = Hgvs.coding("NM_004333.4(BRAF):c.1799T>A").value().orElseThrow();

        assertThat(change.accession()).isEqualTo("NM_004333.4");
        assertThat(change.kind()).isEqualTo(CodingChange.Kind.SUBSTITUTION);
        assertThat(change.reference()).isEqualTo("T");
        assertThat(change.sequence()).isEqualTo("A");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c.1A>U | not a supported DNA edit
            c.1A>A | by itself
            c.5insA | flanking positions
            c.0A>G | does not start with a c. position
            c.1*T>A | not a supported DNA edit
            c.(1_10A>C) | does not start with a c. position
            c.(1_10)_(21_30)_(41_50)del | not a supported DNA edit
            c.5dup2 | not a supported DNA edit
            c.5del5A | not a supported DNA edit
            c.76_78copy | not a supported DNA edit
            2098A>G | expected 'c.'
            NC_000001.10:g.150549917T>C | expected 'c.'
            p.R132H | expected 'c.'
            c.[76A>T;77G>T] | does not start with a c. position
            """)
    void rejectsWithAReason(String written, String reason) {
        HgvsParse<CodingChange> parse = Hgvs.coding(written);

        assertThat(parse).isInstanceOf(HgvsParse.Rejected.class);
        assertThat(((HgvsParse.Rejected<CodingChange>) parse).reason()).contains(reason);
    }
}
