package org.recordpath.guidance.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriterionTest {
    private static Atom atom(String name) {
        return new DerivedTest(name, null, List.of(), true, 0);
    }

    private static AtomResolver fixed(Map<String, Truth> values) {
        return a -> Finding.of(values.get(a.key()), a.key() + " is " + values.get(a.key()), List.of(), List.of());
    }

    @Test
    void allNamesTheFirstFailingChild() {
        Criterion c = new Criterion.All(List.of(atom("$a"), atom("$b"), atom("$c")));

        Verdict v = c.evaluate(fixed(Map.of("$a", Truth.UNKNOWN, "$b", Truth.FALSE, "$c", Truth.FALSE)));

        assertThat(v.truth()).isEqualTo(Truth.FALSE);
        assertThat(v.because()).isEqualTo("$b is FALSE");
        assertThat(v.steps()).extracting(Verdict.Step::key).containsExactly("$a", "$b", "$c");
    }

    @Test
    void anyHoldsWhenOneChildHoldsDespiteUnknowns() {
        Criterion c = new Criterion.Any(List.of(atom("$a"), atom("$b")));

        Verdict v = c.evaluate(fixed(Map.of("$a", Truth.UNKNOWN, "$b", Truth.TRUE)));

        assertThat(v.truth()).isEqualTo(Truth.TRUE);
        assertThat(v.because()).isEqualTo("$b is TRUE");
    }

    @Test
    void notOfUnknownStaysUnknown() {
        Criterion c = new Criterion.Not(atom("$a"));

        assertThat(c.evaluate(fixed(Map.of("$a", Truth.UNKNOWN))).truth()).isEqualTo(Truth.UNKNOWN);
        assertThat(c.atoms()).extracting(Atom::key).containsExactly("$a");
    }

    @Test
    void keysShowOperatorValueAndUnit() {
        FactTest t = new FactTest("labs.serumEpo", Operator.LE, new java.math.BigDecimal("500.0"), "mU/mL", 3);
        DerivedTest d = new DerivedTest("$mutated", "IDH1", List.of("R132"), false, 4);

        assertThat(t.key()).isEqualTo("labs.serumEpo <= 500 mU/mL");
        assertThat(d.key()).isEqualTo("$mutated(IDH1)[R132] == false");
    }
}
