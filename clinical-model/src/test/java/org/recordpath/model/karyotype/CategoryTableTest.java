package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the IPSS-R cytogenetic table (risk-scores.md section 1.1), written as karyotypes. */
class CategoryTableTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            -Y alone | 45,X,-Y[20] | Very Good
            del(11q) alone | 46,XX,del(11)(q21)[20] | Very Good
            del(11q) short form | 46,XX,del(11q)[20] | Very Good
            normal | 46,XY[20] | Good
            normal without counts | 46,XY | Good
            del(5q) alone | 46,XX,del(5)(q31)[20] | Good
            del(12p) alone | 46,XX,del(12)(p11.2)[20] | Good
            del(20q) alone | 46,XX,del(20)(q11.2)[20] | Good
            double including del(5q) | 47,XX,del(5)(q13q33),+21[20] | Good
            del(7q) alone | 46,XX,del(7)(q31)[20] | Intermediate
            +8 alone | 47,XX,+8[20] | Intermediate
            +19 alone | 47,XX,+19[20] | Intermediate
            i(17q) alone | 46,XX,i(17)(q10)[20] | Intermediate
            -X alone | 45,X,-X[20] | Intermediate
            +mar alone | 47,XX,+mar[20] | Intermediate
            add alone | 46,XX,add(1)(p36)[20] | Intermediate
            del(12p) with del(20q) | 46,XX,del(12)(p12),del(20)(q11.2)[20] | Intermediate
            independent clones | 46,XX,del(5)(q13q33)[10]/47,XX,+8[10] | Intermediate
            -7 alone | 45,XY,-7[20] | Poor
            inv(3) alone | 46,XY,inv(3)(q21q26.2)[20] | Poor
            t(3q) alone | 46,XY,t(3;21)(q26.2;q22)[20] | Poor
            t(3q) on the second chromosome | 46,XY,t(1;3)(p36.3;q21.1)[20] | Poor
            t(3p) is not t(3q) | 46,XY,t(3;5)(p21;q31)[20] | Intermediate
            del(3q) alone | 46,XY,del(3)(q21)[20] | Poor
            double including -7 | 46,XY,-7,+8[20] | Poor
            double including del(7q) | 46,XY,del(7)(q22),del(20)(q11.2)[20] | Poor
            del(5q) with -7 | 45,XY,del(5)(q13q33),-7[20] | Poor
            complex with 3 | 46,XY,del(5)(q13q33),-7,+8[20] | Poor
            complex with more than 3 | 45,XY,del(5)(q13q33),-7,+8,-18[20] | Very Poor
            hyperdiploid trisomies only | 51,XY,+Y,+8,+9,+13,+21[20] | Very Poor
            """)
    void placesEachKindOfKaryotypeInItsRow(String row, String iscn, String category) {
        assertThat(Karyotypes.parse(iscn).parsed().orElseThrow().ipssrCategory())
                .hasToString(category);
    }
}
