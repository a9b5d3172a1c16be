package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 32 worked examples of risk-scores.md section 3.7: N, flags and IPSS-R category. */
class WorkedExamplesTest {

    @ParameterizedTest(name = "#{0} {1} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 46,XX[25] | 0 | - | Good
            2 | 46,XY,del(5)(q13q33)[18]/46,XY[2] | 1 | del5q | Good
            3 | 45,XX,-7[20] | 1 | -7 | Poor
            4 | 45,X,-Y[12]/46,XY[8] | 1 | - | Very Good
            5 | 46,XY,del(11)(q14q23)[10]/46,XY[10] | 1 | - | Very Good
            6 | 46,XX,del(20)(q11.2q13.3)[15]/46,XX[5] | 1 | - | Good
            7 | 46,XY,del(12)(p12p13)[6]/46,XY[14] | 1 | - | Good
            8 | 47,XY,+8[9]/46,XY[11] | 1 | - | Intermediate
            9 | 46,XX,del(7)(q22q36)[20] | 1 | del7q | Intermediate
            10 | 46,XY,i(17)(q10)[12]/46,XY[8] | 1 | - | Intermediate
            11 | 47,XY,+21[6]/46,XY[14] | 1 | - | Intermediate
            12 | 46,XX,t(3;3)(q21.3;q26.2)[20] | 1 | - | Poor
            13 | 46,XY,del(3)(q21q26)[12]/46,XY[8] | 1 | - | Poor
            14 | 46,XY,del(5)(q13q33),del(20)(q11.2)[16]/46,XY[4] | 2 | del5q | Good
            15 | 46,XX,del(5)(q13q33)[10]/47,XX,idem,+8[8]/46,XX[2] | 2 | del5q | Good
            16 | 45,XX,del(5)(q13q33),-7[14]/46,XX[6] | 2 | del5q,-7 | Poor
            17 | 47,XY,+8,del(20)(q11.2)[10]/46,XY[10] | 2 | - | Intermediate
            18 | 47,XY,+8,del(7)(q22q34)[15]/46,XY[5] | 2 | del7q | Poor
            19 | 46,X,-Y,+8[15]/46,XY[5] | 2 | - | Intermediate
            20 | 46,XY,del(20)(q11.2)[8]/47,XY,+8[6]/46,XY[6] | 2 | - | Intermediate
            21 | 46,XX,del(5)(q13q33)[8]/47,XX,idem,+8[6]/46,XX,idem,+8,-7[4]/46,XX[2] | 3 | del5q,-7,complex | Poor
            22 | 46,XX,del(20)(q11.2)[10]/47,XX,sl,+8[6]/48,XX,sdl,+21[4] | 3 | complex | Poor
            23 | 45~47,XY,-7,+8,+21[cp10]/46,XY[10] | 3 | -7,complex | Poor
            24 | 43,X,-Y,-5,-7[10]/46,XY[10] | 3 | -7,IPSS-M del5q,complex | Poor
            25 | 47,XY,+1,der(1;7)(q10;p10),+8[12]/46,XY[8] | 3 | del7q,complex | Poor
            26 | 46,XX,del(20)(q11.2)[7]/47,XX,+8[5]/45,XX,-7[4]/46,XX[4] | 3 | -7 | Intermediate
            27 | 47,XY,del(5)(q13q33),+8,del(20)(q11.2)[12]/45,XY,-7[5]/46,XY[3] | 4 | del5q,-7,complex | Very Poor
            28 | 47,XY,del(5)(q13q33),-7,+2mar[12]/46,XY[8] | 4 | del5q,-7,complex | Very Poor
            29 | 44,XY,del(5)(q13q33),-7,-17,-18,+mar[15]/46,XY[5] | 5 | del5q,-7,IPSS-M del17_17p,complex | Very Poor
            30 | 46,XY,t(1;5)(p32;q31)[1]/46,XY[19] | 0 | - | Good
            31 | 45,XX,-5[2]/46,XX[18] | 0 | - | Good
            32 | 47,XY,+21c,del(20)(q11.2)[10]/47,XY,+21c[10] | 1 | - | Good
            """)
    void scoresTheWorkedExampleAsTheSpecificationDoes(int number, String iscn, int n, String flags, String category) {
        Karyotype karyotype = Karyotypes.parse(iscn).parsed().orElseThrow();

        assertThat(karyotype.abnormalityCount()).as("N").isEqualTo(n);
        assertThat(karyotype.ipssrCategory()).hasToString(category);
        assertThat(flagNames(karyotype.flags())).isEqualTo(expected(flags));
        assertThat(karyotype.warnings()).as("no modal slips in the examples").isEmpty();
    }

    @ParameterizedTest(name = "#{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            20 | 46,XY,del(20)(q11.2)[8]/47,XY,+8[6]/46,XY[6]
            26 | 46,XX,del(20)(q11.2)[7]/47,XX,+8[5]/45,XX,-7[4]/46,XX[4]
            27 | 47,XY,del(5)(q13q33),+8,del(20)(q11.2)[12]/45,XY,-7[5]/46,XY[3]
            """)
    void flagsIndependentClonesForReview(int number, String iscn) {
        Karyotype karyotype = Karyotypes.parse(iscn).parsed().orElseThrow();

        assertThat(karyotype.independentClones()).isTrue();
        assertThat(karyotype.reviewFlags()).contains("independent clones");
    }

    static Set<String> flagNames(KaryotypeFlags f) {
        Set<String> names = new TreeSet<>();
        if (f.del5q()) {
            names.add("del5q");
        }
        if (f.minus7()) {
            names.add("-7");
        }
        if (f.del7q()) {
            names.add("del7q");
        }
        if (f.complex()) {
            names.add("complex");
        }
        if (f.ipssmDel5q() && !f.del5q()) {
            names.add("IPSS-M del5q");
        }
        if (f.ipssmDel17or17p()) {
            names.add("IPSS-M del17_17p");
        }
        return names;
    }

    private static Set<String> expected(String flags) {
        return flags.equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(flags.split(",")));
    }
}
