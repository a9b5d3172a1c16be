package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProteinChangeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "p.Lys700Glu, p.K700E",
        "p.(Arg132His), p.R132H",
        "R132H, p.R132H",
        "p.Gly646TrpfsTer12, p.G646Wfs*12",
        "p.Arg213Ter, p.R213*",
        "NP_000537.3:p.Arg175His, p.R175H",
        "p.K700E, p.K700E"
    })
    void writesProteinChangesInOneLetterForm(String written, String expected) {
        assertThat(ProteinChange.oneLetter(written)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"NM_012433.4:c.2098A>G, c.2098A>G", "c.1934dup, c.1934dup"})
    void dropsTheTranscriptOfACodingChange(String written, String expected) {
        assertThat(ProteinChange.coding(written)).isEqualTo(expected);
    }
}
