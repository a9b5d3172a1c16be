package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strings that are not karyotypes are rejected with a reason, never guessed (risk-scores.md section 3.1). */
class RejectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            complex karyotype | must start with the chromosome number
            normal female karyotype | must start with the chromosome number
            46,XY,del(5)(q13q33[20] | unbalanced
            46,XY,del(5)q13q33)[20] | unbalanced
            46,XY,t(3;3)((q21;q26)[20] | unbalanced
            46,del(5)(q13q33)[20] | sex chromosomes missing
            46[20] | sex chromosomes missing
            46,XY,del(5)(q13q33)[10]/46,XY | some clones have a cell count and others do not
            46,XY,foo(5)(q13)[10] | unknown abnormality type 'foo'
            46,XY,5q-[20] | not an ISCN abnormality
            46,XY,del(5)(q13q33)[20] trisomy 8 on FISH | text after the cell count
            46,XY,trisomy 8[20] | space inside
            46,XY,t(9;22)[20] | breakpoints missing
            46,XY,del(23)(q11)[20] | no chromosome 23
            46,XY,+0[20] | no chromosome 0
            46,XY,,+8[20] | empty abnormality
            46,XY,+8[20]/ | empty clone
            46,XY,del(5)(q13q33)[10]//46,XX[10] | chimerism
            47,XY,idem,+8[10]/46,XY[10] | refers to no earlier clone
            46,XY[10]/47,XY,idem,+8[10] | without abnormalities
            46,XY,t(1;3;5)(p13;q21)[20] | 3 chromosomes but 2 breakpoint groups
            46,XY,del(5)(q13q33)[0] | cell count of 0
            46,XY,del(5)(q13q33)[twenty] | malformed cell count
            46,XY,del(5)(q13€q33)[20] | not part of ISCN
            nuc ish(EGR1x1)[200] | FISH
            47~45,XY,+8[cp10] | range upside down
            46,XY,t(3;3)(z21;q26)[20] | not a band
            47,XY,+99999999999mar[20] | not an ISCN abnormality
            47,XY,+99999999999r[20] | not an ISCN abnormality
            """)
    void rejectsWithAReason(String iscn, String reason) {
        KaryotypeParse parse = Karyotypes.parse(iscn);

        assertThat(parse).isInstanceOf(KaryotypeParse.Rejected.class);
        assertThat(((KaryotypeParse.Rejected) parse).reason()).contains(reason);
        assertThat(Karyotypes.summarize(iscn).error()).contains(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            '   '
            """)
    void rejectsEmptyInput(String iscn) {
        assertThat(Karyotypes.parse(iscn)).isInstanceOf(KaryotypeParse.Rejected.class);
    }
}
