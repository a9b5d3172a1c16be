package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

class TransfusionExtractorTest {
    private final TransfusionExtractor transfusions = new TransfusionExtractor();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "She receives 2 units every 4 weeks.|4",
                "About 3 units every 8 weeks.|3",
                "1 unit of pRBC per week.|8",
                "2 units per month.|3.7",
                "2-3 units every 2 weeks.|10",
            })
    void ratesConvertToUnitsPer8Weeks(String text, String per8) {
        var f = Snippets.affirmed(transfusions, text, Fields.RBC_UNITS_PER_8_WEEKS)
                .get(0);
        assertThat(((FactValue.Measured) f.value()).value()).isEqualByComparingTo(per8);
        assertThat(Snippets.affirmed(transfusions, text, Fields.TRANSFUSION_DEPENDENT)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("yes");
    }

    @Test
    void neverTransfusedIsZeroAndIndependent() {
        String text = "He has never required red cell transfusion.";
        assertThat(Snippets.affirmed(transfusions, text, Fields.TRANSFUSION_DEPENDENT)
                        .get(0)
                        .value()
                        .display())
                .isEqualTo("no");
        assertThat(((FactValue.Measured) Snippets.affirmed(transfusions, text, Fields.TOTAL_RBC_UNITS)
                                .get(0)
                                .value())
                        .value())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"12 units total|12", "30 units lifetime|30", "total of 9 units|9"})
    void lifetimeUnitsAreRead(String text, int total) {
        var f = Snippets.affirmed(transfusions, text, Fields.TOTAL_RBC_UNITS).get(0);
        assertThat(((FactValue.Measured) f.value()).value().intValue()).isEqualTo(total);
    }

    @Test
    void independenceAchievedAsAPastResponseIsNotTheCurrentState() {
        String text = "Best response: erythroid response (HI-E) with transfusion independence.";
        assertThat(Snippets.facts(transfusions, text, Fields.TRANSFUSION_DEPENDENT))
                .isEmpty();
    }

    @Test
    void aPlannedTransfusionIsHypothetical() {
        assertThat(Snippets.affirmed(
                        transfusions, "If needed, give 2 units every 2 weeks.", Fields.RBC_UNITS_PER_8_WEEKS))
                .isEmpty();
    }
}
