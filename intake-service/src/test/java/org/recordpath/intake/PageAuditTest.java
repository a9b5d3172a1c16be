package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The browser tests' check for internal syntax catches what #15 found on the pages and lets plain text pass. */
class PageAuditTest {
    @ParameterizedTest(name = "{0} → internal {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$riskGroup lower|true",
                "karyotype.del5q no (== false)|true",
                "labs.serumEpo|true",
                "Reported: null null|true",
                "Optional[IPSS-R]|true",
                "ReportedComparison[system=IPSS-R, score=8]|true",
                "platelets 220 10*9/L|true",
                "serum EPO 160 m[IU]/mL|true",
                "platelets 220 ×10⁹/L, serum EPO 160 mU/mL|false",
                "46,XX,del(5)(q13q33)[16]/46,XX[4]|false",
                "office_visit.pdf, page 1|false",
                "IPSS-R 2 <= 3.5|false"
            })
    void internalSyntaxIsFound(String text, boolean internal) {
        assertThat(PageAudit.INTERNAL.matcher(text).find()).isEqualTo(internal);
    }
}
