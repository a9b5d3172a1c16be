package org.recordpath.guidance.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings, fact uses and the keys atoms are shown by. */
class FindingTest {

    @Test
    void withAddsOnlyFactsAndQuestionsNotAlreadyThere() {
        FactUse hb = new FactUse("labs.hemoglobin", "9 g/dL", null);
        FactUse epo = FactUse.absent("labs.serumEpo");
        Finding f = Finding.of(Truth.UNKNOWN, "EPO not recorded", List.of(hb), List.of("serumEpo"));

        Finding more = f.with(List.of(hb, epo), List.of("serumEpo", "transfusions"));

        assertThat(more.truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(more.because()).isEqualTo("EPO not recorded");
        assertThat(more.facts()).containsExactly(hb, epo);
        assertThat(more.questions()).containsExactly("serumEpo", "transfusions");
        assertThat(f.facts()).containsExactly(hb);
    }

    @Test
    void anAbsentFactSaysNotRecordedAndHasNoSource() {
        FactUse u = FactUse.absent("labs.anc");

        assertThat(u.path()).isEqualTo("labs.anc");
        assertThat(u.value()).isEqualTo("not recorded");
        assertThat(u.source()).isNull();
    }

    @Test
    void onlyUnknownIsNotKnown() {
        assertThat(Truth.TRUE.isKnown()).isTrue();
        assertThat(Truth.FALSE.isKnown()).isTrue();
        assertThat(Truth.UNKNOWN.isKnown()).isFalse();
    }

    @Test
    void derivedKeysShowArgumentAndHotspotsOnlyWhenGiven() {
        assertThat(new DerivedTest("$symptomaticAnemia", null, List.of(), true, 1).key())
                .isEqualTo("$symptomaticAnemia");
        assertThat(new DerivedTest("$mutated", "IDH2", List.of(), true, 1).key())
                .isEqualTo("$mutated(IDH2)");
        assertThat(new DerivedTest("$mutated", "IDH1", List.of("R132"), true, 1).predicateKey())
                .isEqualTo("$mutated(IDH1)[R132]");
        assertThat(new DerivedTest("$hmaFailure", null, List.of(), false, 1).key())
                .isEqualTo("$hmaFailure == false");
    }

    @Test
    void factKeysShowFlagsAndWordsAsGivenAndNumbersWithoutTrailingZeros() {
        assertThat(new FactTest("karyotype.complex", Operator.EQ, Boolean.TRUE, null, 0).key())
                .isEqualTo("karyotype.complex == true");
        assertThat(new FactTest("diagnosis.disease", Operator.NE, "MDS", null, 0).key())
                .isEqualTo("diagnosis.disease != MDS");
        assertThat(new FactTest("labs.platelets", Operator.LT, new java.math.BigDecimal("50.00"), "10*9/L", 0).key())
                .isEqualTo("labs.platelets < 50 10*9/L");
    }
}
