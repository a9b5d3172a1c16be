package org.recordpath.guidance.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a criterion tree gives for its truth: what failed, what held, what is missing (#10: an unknown must be
 * named as unknown, never hidden behind a holding part).
 */
class CriterionReasonTest {
    private static Atom atom(String name) {
        return new DerivedTest(name, null, List.of(), true, 0);
    }

    private static AtomResolver fixed(Map<String, Truth> values) {
        return a -> Finding.of(values.get(a.key()), a.key() + " is " + values.get(a.key()), List.of(), List.of());
    }

    @ParameterizedTest(name = "{0}({1}, {2}, {3}) = {4}: {5}")
    @CsvSource(
            delimiter = '|',
            value = {
                "all | TRUE    | TRUE  | TRUE    | TRUE    | $a is TRUE; $b is TRUE; $c is TRUE",
                "all | UNKNOWN | TRUE  | UNKNOWN | UNKNOWN | $a is UNKNOWN; $c is UNKNOWN",
                "all | TRUE    | TRUE  | FALSE   | FALSE   | $c is FALSE",
                "any | FALSE   | TRUE  | TRUE    | TRUE    | $b is TRUE",
                "any | FALSE   | FALSE | FALSE   | FALSE   | $a is FALSE; and $b is FALSE; and $c is FALSE",
                "any | UNKNOWN | FALSE | UNKNOWN | UNKNOWN | $a is UNKNOWN; or $c is UNKNOWN"
            })
    void namesThePartsThatDecide(String kind, Truth a, Truth b, Truth c, Truth truth, String because) {
        List<Criterion> children = List.of(atom("$a"), atom("$b"), atom("$c"));
        Criterion tree = kind.equals("all") ? new Criterion.All(children) : new Criterion.Any(children);

        Verdict v = tree.evaluate(fixed(Map.of("$a", a, "$b", b, "$c", c)));

        assertThat(v.truth()).isEqualTo(truth);
        assertThat(v.because()).isEqualTo(because);
        assertThat(v.steps()).extracting(Verdict.Step::key).containsExactly("$a", "$b", "$c");
    }

    @Test
    void notFlipsKnownTruthAndKeepsTheChildsReasonAndSteps() {
        Criterion c = new Criterion.Not(atom("$a"));

        Verdict v = c.evaluate(fixed(Map.of("$a", Truth.TRUE)));

        assertThat(v.truth()).isEqualTo(Truth.FALSE);
        assertThat(v.because()).isEqualTo("$a is TRUE");
        assertThat(v.steps()).extracting(Verdict.Step::key).containsExactly("$a");
        assertThat(c.evaluate(fixed(Map.of("$a", Truth.FALSE))).truth()).isEqualTo(Truth.TRUE);
    }

    @Test
    void atomsListsEveryLeafOfANestedTreeInOrder() {
        Criterion c = new Criterion.All(
                List.of(atom("$a"), new Criterion.Any(List.of(atom("$b"), new Criterion.Not(atom("$c")))), atom("$d")));

        assertThat(c.atoms()).extracting(Atom::key).containsExactly("$a", "$b", "$c", "$d");
    }

    @Test
    void anAtomStepCarriesItsFinding() {
        Finding f = Finding.of(Truth.TRUE, "held", List.of(FactUse.absent("labs.anc")), List.of("anc"));

        Verdict v = atom("$a").evaluate(a -> f);

        assertThat(v.truth()).isEqualTo(Truth.TRUE);
        assertThat(v.because()).isEqualTo("held");
        assertThat(v.steps()).containsExactly(new Verdict.Step("$a", f));
    }
}
