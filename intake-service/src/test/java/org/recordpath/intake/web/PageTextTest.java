package org.recordpath.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit codes and field keys of engine text as the pages show them (#15). */
class PageTextTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "platelets 220 10*9/L (2026-06-23)|platelets 220 ×10⁹/L (2026-06-23)",
                "serum EPO 160 m[IU]/mL|serum EPO 160 mU/mL",
                "EPO 12 [IU]/L|EPO 12 U/L",
                "Hb 8.9 g/dL|Hb 8.9 g/dL",
                "RBC 3.1 10*12/L|RBC 3.1 ×10¹²/L",
                "labs.serumEpo 160 mU/mL|serum epo 160 mU/mL",
                "clinical.transplantCandidate not recorded|transplant candidate not recorded",
                "e.g. a panel|e.g. a panel",
                "office_visit.pdf|office_visit.pdf"
            })
    void unitCodesAndFieldKeysBecomeWords(String engine, String shown) {
        assertThat(PageText.INSTANCE.words(engine)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "needs: clinical.transplantCandidate not recorded|transplant candidate not recorded",
                "needs clinical.transplantCandidate|transplant candidate",
                "a donor|a donor"
            })
    void anOptionsConditionIsNotPrefixedTwice(String engine, String shown) {
        assertThat(PageText.INSTANCE.needs(engine)).isEqualTo(shown);
    }
}
