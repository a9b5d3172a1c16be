package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.KaryotypeFinding;

/** The flags of risk-scores.md section 3.6 and the profile's KaryotypeFinding. */
class FlagsTest {

    private static KaryotypeFlags flags(String iscn) {
        return Karyotypes.parse(iscn).parsed().orElseThrow().flags();
    }

    @ParameterizedTest(name = "{0}: del5q {1}, IPSS-M del5q {2}, del7_7q {3}, del17_17p {4}")
    @CsvSource(delimiter = '|', textBlock = """
            46,XY,del(5)(q13q33)[20] | true | true | false | false
            46,XY,del(5q)[20] | true | true | false | false
            45,XY,-5[20] | false | true | false | false
            46,XY,der(5)t(5;17)(q11;p11)[20] | false | true | false | false
            45,XY,dic(5;17)(q11;p11)[20] | false | true | false | false
            46,XY,add(5)(q31)[20] | false | true | false | false
            46,XY,del(5)(p13)[20] | false | false | false | false
            46,XY,+der(5)t(5;17)(q11;p11)[20] | false | false | false | false
            46,XY,add(7)(q22)[20] | false | false | true | false
            46,XY,i(7)(p10)[20] | false | false | true | false
            45,XY,-17[20] | false | false | false | true
            46,XY,del(17)(p11.2)[20] | false | false | false | true
            46,XY,i(17)(q10)[20] | false | false | false | false
            """)
    void setsRegionFlagsFromClonalChanges(String iscn, boolean del5q, boolean ipssm5q, boolean del7, boolean del17) {
        KaryotypeFlags f = flags(iscn);

        assertThat(f.del5q()).as("del5q").isEqualTo(del5q);
        assertThat(f.ipssmDel5q()).as("IPSS-M del5q").isEqualTo(ipssm5q);
        assertThat(f.ipssmDel7or7q()).as("IPSS-M del7_7q").isEqualTo(del7);
        assertThat(f.ipssmDel17or17p()).as("del17_17p").isEqualTo(del17);
    }

    @Test
    void der1And7CountsAsDel7qForIpssr() {
        KaryotypeFlags f = flags("47,XY,+1,der(1;7)(q10;p10)[20]");

        assertThat(f.del7q()).isTrue();
        assertThat(f.minus7OrDel7q()).isTrue();
        assertThat(f.ipssmDel7or7q()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> isolated {1}")
    @CsvSource(delimiter = '|', textBlock = """
            46,XX,del(5)(q13q33)[20] | true
            47,XX,del(5)(q13q33),+8[20] | true
            45,XX,del(5)(q13q33),-7[20] | false
            46,XX,del(5)(q13q33),del(7)(q22)[20] | false
            46,XX,del(5)(q13q33),-7,+8[20] | false
            46,XX,del(5)(q13q33)[10]/45,XX,-7[10] | true
            46,XX,del(20)(q11.2)[20] | false
            """)
    void isolatedDel5qLooksAtTheLineageOfTheDeletion(String iscn, boolean isolated) {
        assertThat(flags(iscn).isolatedDel5q()).isEqualTo(isolated);
    }

    @Test
    void findingCarriesCategoryFlagsAndMetaphases() {
        Provenance provenance = new Provenance("doc-1", 2, null, null, "46,XX,...", ReadMethod.TEXT_LAYER, 0.9);
        Karyotype k =
                Karyotypes.parse("46,XX,del(5)(q13q33)[18]/46,XX[2]").parsed().orElseThrow();

        KaryotypeFinding finding = k.toFinding(LocalDate.of(2025, 3, 1), provenance);

        assertThat(finding.iscn()).isEqualTo("46,XX,del(5)(q13q33)[18]/46,XX[2]");
        assertThat(finding.ipssrCategory()).isEqualTo(CytoCategory.GOOD);
        assertThat(finding.del5q()).isTrue();
        assertThat(finding.minus7OrDel7q()).isFalse();
        assertThat(finding.del17p()).isFalse();
        assertThat(finding.complex()).isFalse();
        assertThat(finding.isolatedDel5q()).isTrue();
        assertThat(finding.abnormalityCount()).isEqualTo(1);
        assertThat(finding.abnormalities()).containsExactly("del(5)(q13q33)");
        assertThat(finding.source()).isEqualTo("karyotype");
        assertThat(finding.metaphases()).isEqualTo(20);
        assertThat(finding.provenance()).isEqualTo(provenance);
    }

    @Test
    void absentFlagsAreUnknownWithFewerThanTwentyMetaphases() {
        Karyotype k =
                Karyotypes.parse("46,XX,del(5)(q13q33)[8]/46,XX[4]").parsed().orElseThrow();

        KaryotypeFinding finding = k.toFinding(null, null);

        assertThat(finding.del5q()).isTrue();
        assertThat(finding.minus7OrDel7q()).isNull();
        assertThat(finding.del17p()).isNull();
        assertThat(finding.complex()).isNull();
        assertThat(finding.metaphases()).isEqualTo(12);
    }

    @Test
    void summaryListsTheParseAndTheFlags() {
        KaryotypeSummary s = Karyotypes.summarize("46,XX,del(5)(q13q33)[10]/47,XX,idem,+8[8]/46,XX[2]");

        assertThat(s.error()).isNull();
        assertThat(s.ipssrCategory()).isEqualTo("Good");
        assertThat(s.clones()).hasSize(3);
        assertThat(s.clones().get(1).abnormalities()).containsExactly("del(5)(q13q33)", "+8");
        assertThat(s.abnormalities()).containsExactly("del(5)(q13q33)", "+8");
        assertThat(s.del5q()).isTrue();
        assertThat(s.minus7OrDel7q()).isFalse();
        assertThat(s.del17p()).isFalse();
        assertThat(s.complex()).isFalse();
        assertThat(s.metaphases()).isEqualTo(20);
    }

    @Test
    void summaryOfARejectedStringCarriesOnlyTheError() {
        KaryotypeSummary s = Karyotypes.summarize("complex karyotype");

        assertThat(s.error()).contains("chromosome number");
        assertThat(s.ipssrCategory()).isNull();
        assertThat(s.clones()).isNull();
    }
}
