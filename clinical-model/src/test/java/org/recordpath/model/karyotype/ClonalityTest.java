package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clonality thresholds summed over clones after expansion (risk-scores.md section 3.2). */
class ClonalityTest {

    @ParameterizedTest(name = "{0} -> clonal {1}")
    @CsvSource(delimiter = '|', textBlock = """
            45,XX,-7[2]/46,XX[18] | '' | -7
            45,XX,-7[3]/46,XX[17] | -7 | ''
            45,XX,-7[1]/46,XX,idem,+8[2]/46,XX[17] | -7,+8 | ''
            45,XX,-7[1]/46,XX,-7,+8[1]/46,XX[18] | '' | -7,+8
            45,XX,-7[1]/46,XX,-7,+8[2]/46,XX[17] | -7,+8 | ''
            47,XX,+8[1]/46,XX[19] | '' | +8
            47,XX,+8[2]/46,XX[18] | +8 | ''
            46,XX,t(1;5)(p32;q31)[2]/46,XX[18] | t(1;5)(p32;q31) | ''
            46,XX,t(1;5)(p32;q31)[1]/46,XX,t(1;5)(p32;q31),del(20)(q11.2)[1]/46,XX[18] | t(1;5)(p32;q31) | del(20)(q11.2)
            47,XX,+mar[1]/46,XX[19] | '' | +mar
            45,XX,-7[1] | '' | -7
            45,XX,-7 | -7 | ''
            45,XX,-7/46,XX | -7 | ''
            44~46,XX,-7,-13[cp2]/46,XX[18] | -7,-13 | ''
            """)
    void countsMetaphasesOverAllClones(String iscn, String clonal, String nonClonal) {
        Karyotype k = Karyotypes.parse(iscn).parsed().orElseThrow();

        assertThat(String.join(",", k.abnormalityTexts())).isEqualTo(clonal);
        assertThat(String.join(
                        ",", k.nonClonal().stream().map(Abnormality::text).toList()))
                .isEqualTo(nonClonal);
    }

    @Test
    void nonClonalChangesDoNotMakeANormalKaryotypeAbnormal() {
        Karyotype k = Karyotypes.parse("45,XY,-7[2]/46,XY[18]").parsed().orElseThrow();

        assertThat(k.abnormalityCount()).isZero();
        assertThat(k.ipssrCategory()).hasToString("Good");
        assertThat(k.lineages()).isEmpty();
    }

    @Test
    void clonesSharingAnAbnormalityWrittenInFullAreOneLineage() {
        Karyotype k = Karyotypes.parse("46,XY,del(5)(q13q33)[10]/47,XY,del(5)(q13q33),+8[5]/46,XY[5]")
                .parsed()
                .orElseThrow();

        assertThat(k.lineages()).hasSize(1);
        assertThat(k.ipssrCategory()).hasToString("Good");
        assertThat(k.reviewFlags()).doesNotContain("independent clones");
    }

    @Test
    void sidelineThatLostAnInheritedGainDropsIt() {
        Karyotype k = Karyotypes.parse("47,XY,+8,del(20)(q11.2)[5]/46,XY,idem,-8[5]/46,XY[10]")
                .parsed()
                .orElseThrow();

        assertThat(k.clones().get(1).abnormalities())
                .extracting(Abnormality::text)
                .containsExactly("del(20)(q11.2)");
        assertThat(k.warnings()).isEmpty();
    }

    @Test
    void numberedSidelinesReferToTheCloneInListingOrder() {
        Karyotype k = Karyotypes.parse("46,XX,del(20)(q11.2)[10]/47,XX,sl,+8[6]/48,XX,sdl1,+21[4]/47,XX,sdl1,+9[2]")
                .parsed()
                .orElseThrow();

        assertThat(k.clones().get(3).abnormalities())
                .extracting(Abnormality::text)
                .containsExactly("del(20)(q11.2)", "+8", "+9");
        assertThat(k.abnormalityCount()).isEqualTo(4);
        assertThat(k.ipssrCategory()).hasToString("Very Poor");
    }

    @Test
    void incompleteKaryotypeIsFlaggedAsALowerBound() {
        Karyotype k = Karyotypes.parse("45,XX,del(5)(q13q33),-7,inc[cp5]/46,XX[15]")
                .parsed()
                .orElseThrow();

        assertThat(k.abnormalityCount()).isEqualTo(2);
        assertThat(k.reviewFlags()).anyMatch(f -> f.contains("lower bound"));
    }
}
