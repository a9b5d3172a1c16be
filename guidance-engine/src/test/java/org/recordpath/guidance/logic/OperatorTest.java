package org.recordpath.guidance.logic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparison operators of a pack, at and on either side of the boundary (#10). */
class OperatorTest {

    // comparison = Integer.compare(left, right): -1 left below, 0 equal, 1 left above
    @ParameterizedTest(name = "{0}: below {1}, equal {2}, above {3}")
    @CsvSource({
        "<,  true,  false, false",
        "<=, true,  true,  false",
        ">,  false, false, true",
        ">=, false, true,  true",
        "==, false, true,  false",
        "!=, true,  false, true"
    })
    void holdsOnEachSideOfTheBoundary(String symbol, boolean below, boolean equal, boolean above) {
        Operator op = Operator.bySymbol(symbol).orElseThrow();

        assertThat(op.symbol()).isEqualTo(symbol);
        assertThat(op.holds(-1)).isEqualTo(below);
        assertThat(op.holds(0)).isEqualTo(equal);
        assertThat(op.holds(1)).isEqualTo(above);
    }

    @ParameterizedTest(name = "{0} orders: {1}")
    @CsvSource({"LT, true", "LE, true", "GT, true", "GE, true", "EQ, false", "NE, false"})
    void onlyInequalitiesOrder(Operator op, boolean ordering) {
        assertThat(op.isOrdering()).isEqualTo(ordering);
    }

    @ParameterizedTest(name = "\"{0}\" is not an operator")
    @CsvSource({"=", "=<", "<>", "''"})
    void unknownSymbolsAreNotOperators(String symbol) {
        assertThat(Operator.bySymbol(symbol)).isEmpty();
    }
}
