package org.recordpath.guidance.logic;

/** A leaf of a criterion tree: a typed fact comparison or a named derived predicate. */
public sealed interface Atom extends Criterion permits FactTest, DerivedTest {
    /** A stable, readable key, e.g. {@code labs.serumEpo <= 500 mU/mL} or {@code $mutated(IDH1)[R132]}. */
    String key();

    @Override
    default Verdict evaluate(AtomResolver resolver) {
        Finding f = resolver.resolve(this);
        return new Verdict(f.truth(), f.because(), java.util.List.of(new Verdict.Step(key(), f)));
    }
}
