package org.recordpath.model.karyotype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unambiguous OCR repairs are applied and recorded; ambiguous damage is left for the parser to reject. */
class KaryotypeRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            46,XY,del(5)(q13q33)[2O]/46,XY[1O] | 46,XY,del(5)(q13q33)[20]/46,XY[10] | letter O
            4O,XY,del(2O)(q11.2)[20] | 40,XY,del(20)(q11.2)[20] | letter O
            46,XY,del(5)(q13q33)[20 | 46,XY,del(5)(q13q33)[20] | missing ']'
            46,XY,del(5)(q13q33)[cp20 | 46,XY,del(5)(q13q33)[cp20] | missing ']'
            46,XY,del{5}{q13q33}[20] | 46,XY,del(5)(q13q33)[20] | '{' '}'
            46,XY,del(5)(q13 q33)[20] | 46,XY,del(5)(q13q33)[20] | spaces
            46, XY, +l1[20] | 46,XY,+11[20] | l/I
            46,XY,t(l;3)(p36;q21)[20] | 46,XY,t(1;3)(p36;q21)[20] | l/I
            46,XY,del(I2)(p12)[20] | 46,XY,del(12)(p12)[20] | l/I
            46,XY,de1(5)(q13q33)[20] | 46,XY,del(5)(q13q33)[20] | de1(
            """)
    void repairsAndRecords(String damaged, String repaired, String what) {
        KaryotypeRepair.Repaired result = KaryotypeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(repaired);
        assertThat(result.repairs()).anyMatch(r -> r.contains(what));
        assertThat(result.original()).isEqualTo(damaged);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            46,XY,del(S)(q13q33)[20]
            46,XY,+B[20]
            46,XY,del(5)(q13q33)[20]
            46,XY,i(17)(q10)[20]
            46,XY,del(5)(q13q33)20]
            46,XY,+Z[20]
            """)
    void leavesAmbiguousOrIntactStringsAlone(String text) {
        KaryotypeRepair.Repaired result = KaryotypeRepair.repair(text);

        assertThat(result.text()).isEqualTo(text);
        assertThat(result.repairs()).isEmpty();
    }

    @Test
    void summaryRetriesWithRepairsOnlyWhenTheStringFailsAsGiven() {
        KaryotypeSummary repaired = Karyotypes.summarizeRepairing("46,XY,del(5)(q13q33)[2O");

        assertThat(repaired.error()).isNull();
        assertThat(repaired.ipssrCategory()).isEqualTo("Good");
        assertThat(repaired.repairs()).hasSize(2);
        assertThat(Karyotypes.summarize("46,XY,del(5)(q13q33)[2O").error()).isNotNull();
        assertThat(Karyotypes.summarizeRepairing("46,XY,del(5)(q13q33)[20]").repairs())
                .isEmpty();
    }

    @Test
    void keepsTheRejectionWhenRepairDoesNotHelp() {
        KaryotypeSummary s = Karyotypes.summarizeRepairing("46,XY,del(S)(q13q33)[2O]");

        assertThat(s.error()).isNotNull();
        assertThat(s.repairs()).isEmpty();
    }
}
