package org.recordpath.guidance.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kleene's truth table, as documented on {@link Truth}. */
class TruthTest {

    @ParameterizedTest(name = "{0} AND {1} = {2}; {0} OR {1} = {3}")
    @CsvSource({
        "TRUE,    TRUE,    TRUE,    TRUE",
        "TRUE,    FALSE,   FALSE,   TRUE",
        "TRUE,    UNKNOWN, UNKNOWN, TRUE",
        "FALSE,   TRUE,    FALSE,   TRUE",
        "FALSE,   FALSE,   FALSE,   FALSE",
        "FALSE,   UNKNOWN, FALSE,   UNKNOWN",
        "UNKNOWN, TRUE,    UNKNOWN, TRUE",
        "UNKNOWN, FALSE,   FALSE,   UNKNOWN",
        "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"
    })
    void followsKleeneTruthTable(Truth a, Truth b, Truth and, Truth or) {
        assertThat(a.and(b)).isEqualTo(and);
        assertThat(a.or(b)).isEqualTo(or);
    }

    @ParameterizedTest(name = "NOT {0} = {1}")
    @CsvSource({"TRUE, FALSE", "FALSE, TRUE", "UNKNOWN, UNKNOWN"})
    void negatesKnownValuesOnly(Truth a, Truth not) {
        assertThat(a.not()).isEqualTo(not);
    }

    @ParameterizedTest(name = "of({0}) = {1}")
    @CsvSource(
            value = {"true, TRUE", "false, FALSE", "null, UNKNOWN"},
            nullValues = "null")
    void mapsNullToUnknownNeverFalse(Boolean b, Truth t) {
        assertThat(Truth.of(b)).isEqualTo(t);
        assertThat(t.toBoolean()).isEqualTo(b);
    }
}
