package org.recordpath.model.hgvs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Protein changes in any accepted spelling normalise to one one-letter form, with a three-letter rendering. */
class ProteinChangeTest {

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            R132H | p.R132H | p.Arg132His
            p.R132H | p.R132H | p.Arg132His
            p.Arg132His | p.R132H | p.Arg132His
            p.(Arg132His) | p.R132H | p.Arg132His
            p.(R132H) | p.R132H | p.Arg132His
            p.K700E | p.K700E | p.Lys700Glu
            p.R882* | p.R882* | p.Arg882Ter
            p.R882X | p.R882* | p.Arg882Ter
            p.Arg882Ter | p.R882* | p.Arg882Ter
            R882X | p.R882* | p.Arg882Ter
            p.G646Wfs*12 | p.G646Wfs*12 | p.Gly646TrpfsTer12
            p.Gly646TrpfsTer12 | p.G646Wfs*12 | p.Gly646TrpfsTer12
            p.Gly646Trpfs*12 | p.G646Wfs*12 | p.Gly646TrpfsTer12
            p.G646WfsX12 | p.G646Wfs*12 | p.Gly646TrpfsTer12
            p.G646fs | p.G646fs | p.Gly646fs
            p.Arg1039fs*? | p.R1039fs*? | p.Arg1039fsTer?
            p.P95_R102del | p.P95_R102del | p.Pro95_Arg102del
            p.Pro95_Arg102del | p.P95_R102del | p.Pro95_Arg102del
            p.Q10del | p.Q10del | p.Gln10del
            p.A10_S11insGG | p.A10_S11insGG | p.Ala10_Ser11insGlyGly
            p.Ala10_Ser11insGlyGly | p.A10_S11insGG | p.Ala10_Ser11insGlyGly
            p.K5_L7dup | p.K5_L7dup | p.Lys5_Leu7dup
            p.Cys200_Tyr205delinsIleLeuGln | p.C200_Y205delinsILQ | p.Cys200_Tyr205delinsIleLeuGln
            p.G12delinsVC | p.G12delinsVC | p.Gly12delinsValCys
            p.= | p.= | p.=
            p.(=) | p.= | p.=
            p.Gly7= | p.G7= | p.Gly7=
            p.(Gly7=) | p.G7= | p.Gly7=
            p.R132R | p.R132= | p.Arg132=
            p.Met1? | p.M1? | p.Met1?
            p.? | p.? | p.?
            p.0 | p.0 | p.0
            p.0? | p.0? | p.0?
            p.*110Qext*17 | p.*110Qext*17 | p.Ter110GlnextTer17
            p.Ter110GlnextTer17 | p.*110Qext*17 | p.Ter110GlnextTer17
            p.Met1ext-5 | p.M1ext-5 | p.Met1ext-5
            NP_003768.2:p.Ile4452Asnfs*4 | p.I4452Nfs*4 | p.Ile4452AsnfsTer4
            """)
    void normalisesToOneLetterAndRendersThreeLetter(String written, String oneLetter, String threeLetter) {
        ProteinChange change = Hgvs.protein(written).value().orElseThrow();

        assertThat(change.oneLetter()).isEqualTo(oneLetter);
        assertThat(change.threeLetter()).isEqualTo(threeLetter);
        assertThat(Hgvs.protein(change.threeLetter()).value().orElseThrow().oneLetter())
                .as("three-letter form reads back")
                .isEqualTo(oneLetter);
    }

    @Test
    void keepsTheAccessionAndThePredictionApart() {
        ProteinChange change = Hgvs.protein("NP_005887.2:p.(Arg132His)").value().orElseThrow();

        assertThat(change.accession()).isEqualTo("NP_005887.2");
        assertThat(change.predicted()).isTrue();
        assertThat(change.kind()).isEqualTo(ProteinChange.Kind.SUBSTITUTION);
        assertThat(change.position()).isEqualTo(132);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NP_000537.3:p.Arg248Gln | NP_000537.3
            ENSP00000269305.4:p.Arg248Gln | ENSP00000269305.4
            LRG_321p1:p.Arg248Gln | LRG_321p1
            """)
    void readsAccessionsOfTheUsualShapes(String written, String accession) {
        assertThat(Hgvs.protein(written).value().orElseThrow().accession()).isEqualTo(accession);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            p.Arg132H | mixed
            p.R132 | without a change
            p.R132_H133 | without a change
            p.R0H | position
            p.J132H | does not start with a residue
            p.r132h | does not start with a residue
            p.R132Hfs2 | frameshift ends with
            p.R132_H133fs | not a range
            p.R132insG | flanking residues
            p.R132delG | not a protein change
            p.R140_Q130del | not after its start
            c.395G>A | expected 'p.'
            NP_003768.2:R132H | expected 'p.'
            "" | empty
            p.R132H extra | space
            p. | no change
            TP53:p.R248Q | position
            """)
    void rejectsWithAReason(String written, String reason) {
        HgvsParse<ProteinChange> parse = Hgvs.protein(written);

        assertThat(parse).isInstanceOf(HgvsParse.Rejected.class);
        assertThat(((HgvsParse.Rejected<ProteinChange>) parse).reason()).contains(reason);
    }
}
