package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.KaryotypeFinding;

/** #10: a karyotype read only after a symbol was repaired carries the repair, so it waits for review. */
class KaryotypeRepairMarkTest {
    private static final Provenance SCAN = new Provenance("scan.pdf", 1, null, null, "", ReadMethod.OCR, 0.9);

    @ParameterizedTest(name = "{0} -> repaired: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "46,XX,del(5)(q13q33)[20]|false",
                "46,XX,de1(5)(q13q33)[20]|true",
                "46,XX,del(5)(q13q33)[2O]|true",
                "46,XY [20]|false",
                "46,XY[20|false"
            })
    void marksOnlyRepairsThatChangeASymbol(String iscn, boolean repaired) {
        KaryotypeFinding k = KaryotypeFacts.fromIscn(iscn, null, LocalDate.of(2026, 5, 2), SCAN);

        assertThat(k.ipssrCategory()).as("parsed").isNotNull();
        assertThat(k.provenance().repair() != null).isEqualTo(repaired);
    }
}
