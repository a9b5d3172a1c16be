package org.recordpath.extraction.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrTierTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "tier |;tier i",
                "tier il;tier ii",
                "tier ill;tier iii",
                "tier 1;tier i",
                "tier ii;tier ii",
                "tiered results;tiered results",
                "tier iv;tier iv"
            })
    void readsOcrDamagedRomanTierNumerals(String ocr, String expected) {
        assertThat(MutationExtractor.romanTiers(ocr)).isEqualTo(expected);
    }
}
