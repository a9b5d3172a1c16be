package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notation details of section 3.1: case, sex chromosomes, markers, heteromorphisms, modal checks. */
class ReadingTest {

    private static Karyotype parse(String iscn) {
        return Karyotypes.parse(iscn).parsed().orElseThrow();
    }

    @Test
    void acceptsLowerCaseSexChromosomesAndStoresUpperCase() {
        Karyotype k = parse("45,x,-y[15]/46,xy[5]");

        assertThat(k.clones().get(0).sexChromosomes()).isEqualTo("X");
        assertThat(k.abnormalityTexts()).containsExactly("-Y");
        assertThat(k.ipssrCategory()).hasToString("Very Good");
    }

    @Test
    void reads45XInAMaleAsLossOfY() {
        Karyotype k = parse("45,X[12]/46,XY[8]");

        assertThat(k.abnormalityTexts()).containsExactly("-Y");
        assertThat(k.warnings()).anyMatch(w -> w.contains("read as -Y"));
    }

    @Test
    void reads45XAsLossOfYWhenThePatientIsMale() {
        assertThat(Karyotypes.parse("45,X[20]", "M").parsed().orElseThrow().abnormalityTexts())
                .containsExactly("-Y");
    }

    @Test
    void flags45XWithoutContextForReview() {
        Karyotype k = parse("45,X[20]");

        assertThat(k.abnormalityTexts()).isEmpty();
        assertThat(k.reviewFlags()).anyMatch(f -> f.contains("single X"));
    }

    @ParameterizedTest(name = "{0} counts {1}")
    @CsvSource(delimiter = '|', textBlock = """
            47,XY,+mar[20] | 1 | Intermediate
            48,XY,+2mar[20] | 2 | Intermediate
            48,XY,+mar1,+mar2[20] | 2 | Intermediate
            47,XY,+1~3mar[20] | 1 | Intermediate–Poor
            46,XY,del(5)(q13q33),+2~4mar[20] | 3 | Poor–Very Poor
            47,XY,+r[20] | 1 | Intermediate
            46,XY,dmin[20] | 1 | Intermediate
            46,XY,hsr(11)(q23)[20] | 1 | Intermediate
            """)
    // #14: a marker range counts its minimum for N, but the category is the range of its minimum and maximum
    void countsMarkers(String iscn, int n, String category) {
        Karyotype k = parse(iscn);

        assertThat(k.abnormalityCount()).isEqualTo(n);
        assertThat(k.ipssrRange()).hasToString(category);
    }

    @Test
    void flagsAMarkerRangeCountedAtItsMinimum() {
        assertThat(parse("47,XY,+1~3mar[20]").reviewFlags()).anyMatch(f -> f.contains("minimum"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            46,XY,inv(9)(p11q13)[20]
            46,XY,inv(9)(p12q13)[20]
            46,XX,inv(9)(p11q12)[20]
            46,XY,1qh+[20]
            46,XY,9qh+[20]
            46,XX,16qh+[20]
            46,XY,Yqh+[20]
            46,XX,15ps+[20]
            """)
    void ignoresHeteromorphismsAndFlagsThem(String iscn) {
        Karyotype k = parse(iscn);

        assertThat(k.abnormalityCount()).isZero();
        assertThat(k.ipssrCategory()).hasToString("Good");
        assertThat(k.reviewFlags()).anyMatch(f -> f.startsWith("heteromorphism ignored"));
    }

    @Test
    void ignoresConstitutionalChanges() {
        Karyotype k = parse("47,XXYc,del(20)(q11.2)[20]");

        assertThat(k.abnormalityTexts()).containsExactly("del(20)(q11.2)");
        assertThat(k.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            46,X,-Y[20] | 46
            47,XY,+8,+8[20] | 47
            45,XY,-7,+8[20] | 45
            """)
    void warnsWithoutRejectingWhenTheModalNumberDoesNotAddUp(String iscn, String modal) {
        Karyotype k = parse(iscn);

        assertThat(k.warnings()).anyMatch(w -> w.contains("chromosome number " + modal + " does not match"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            45,XX,dic(5;17)(q11.2;p13)[20]
            46,XY,+1,der(1;7)(q10;p10)[20]
            45~47,XY,-7,+8[cp10]
            69<3n>,XXY,-7,+8[10]
            90,XXYY,-7,-7[10]
            68,XXY,-7[10]
            48,XY,+8x2[20]
            46,XY,der(7)t(7;11)(q22;q23)del(11)(q14)[20]
            """)
    void acceptsModalNumbersThatAddUp(String iscn) {
        assertThat(parse(iscn).warnings()).isEmpty();
    }

    @Test
    void readsTheKaryotypePartOfACombinedKaryotypeAndFishString() {
        Karyotype k = parse("46,XY,del(5)(q13q33)[20].nuc ish(EGR1x1)[200]");

        assertThat(k.abnormalityTexts()).containsExactly("del(5)(q13q33)");
        assertThat(k.warnings()).anyMatch(w -> w.contains("FISH"));
    }

    @Test
    void toleratesSpacesAroundSeparators() {
        assertThat(parse("46,XY, del(5)(q13q33) [20] / 46,XY[5]").abnormalityTexts())
                .containsExactly("del(5)(q13q33)");
    }

    @Test
    void canonicalisesCaseOfKeywordsAndBands() {
        assertThat(parse("46,XY,DEL(5)(Q13Q33)[20]").abnormalityTexts()).containsExactly("del(5)(q13q33)");
    }

    @Test
    void flagsA3qBreakpointOutside3q21And3q26() {
        Karyotype k = parse("46,XY,t(3;3)(q25;q27)[20]");

        assertThat(k.ipssrCategory()).hasToString("Poor");
        assertThat(k.reviewFlags()).anyMatch(f -> f.startsWith("3q breakpoint"));
        assertThat(parse("46,XX,inv(3)(q21q26.2)[20]").reviewFlags()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            45,XY,−7[20] | -7
            46,XY,del(20)(q11.2)[20]. | del(20)(q11.2)
            45,XX,psu dic(5;17)(q11;p11)[20] | psudic(5;17)(q11;p11)
            46,XX,del(5)(q13q33)[10]/92,XXXX,idemx2[5]/46,XX[5] | del(5)(q13q33)
            46,XY,ider(20)(q10)del(20)(q11.2q13.1)[20] | ider(20)(q10)del(20)(q11.2q13.1)
            46,XY,der(3)t(3;?)(p21;?)[20] | der(3)t(3;?)(p21;?)
            46,XY,?del(5)(q13q33)[20] | ?del(5)(q13q33)
            46,XY,t(1;3;5)(p13;q21;q31)[20] | t(1;3;5)(p13;q21;q31)
            """)
    void readsLessCommonButValidNotation(String iscn, String abnormality) {
        Karyotype k = parse(iscn);

        assertThat(k.abnormalityTexts()).containsExactly(abnormality);
        assertThat(k.warnings()).isEmpty();
    }
}
