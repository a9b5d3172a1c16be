package org.recordpath.guidance.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A criterion tree: {@code all}, {@code any} and {@code not} over {@link Atom}s, evaluated in Kleene logic. */
public sealed interface Criterion permits Criterion.All, Criterion.Any, Criterion.Not, Atom {

    Verdict evaluate(AtomResolver resolver);

    /** Every atom of the tree, in order. */
    default List<Atom> atoms() {
        List<Atom> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Criterion c, List<Atom> out) {
        if (c instanceof Atom a) {
            out.add(a);
        } else if (c instanceof All all) {
            all.children().forEach(x -> collect(x, out));
        } else if (c instanceof Any any) {
            any.children().forEach(x -> collect(x, out));
        } else if (c instanceof Not not) {
            collect(not.child(), out);
        }
    }

    /** Every child must hold; FALSE names the first failing child. */
    record All(List<Criterion> children) implements Criterion {
        public All {
            children = List.copyOf(children);
        }

        @Override
        public Verdict evaluate(AtomResolver resolver) {
            Truth t = Truth.TRUE;
            List<Verdict.Step> steps = new ArrayList<>();
            List<Verdict> parts = new ArrayList<>();
            for (Criterion c : children) {
                Verdict v = c.evaluate(resolver);
                steps.addAll(v.steps());
                parts.add(v);
                t = t.and(v.truth());
            }
            return new Verdict(t, reason(t, parts), steps);
        }

        private static String reason(Truth t, List<Verdict> parts) {
            if (t == Truth.FALSE) {
                return parts.stream()
                        .filter(p -> p.truth() == Truth.FALSE)
                        .findFirst()
                        .orElseThrow()
                        .because();
            }
            Truth wanted = t;
            return parts.stream()
                    .filter(p -> p.truth() == wanted)
                    .map(Verdict::because)
                    .collect(Collectors.joining("; "));
        }
    }

    /** At least one child must hold; TRUE names the first child that holds. */
    record Any(List<Criterion> children) implements Criterion {
        public Any {
            children = List.copyOf(children);
        }

        @Override
        public Verdict evaluate(AtomResolver resolver) {
            Truth t = Truth.FALSE;
            List<Verdict.Step> steps = new ArrayList<>();
            List<Verdict> parts = new ArrayList<>();
            for (Criterion c : children) {
                Verdict v = c.evaluate(resolver);
                steps.addAll(v.steps());
                parts.add(v);
                t = t.or(v.truth());
            }
            String because;
            if (t == Truth.TRUE) {
                because = parts.stream()
                        .filter(p -> p.truth() == Truth.TRUE)
                        .findFirst()
                        .orElseThrow()
                        .because();
            } else if (t == Truth.FALSE) {
                because = parts.stream().map(Verdict::because).collect(Collectors.joining("; and "));
            } else {
                because = parts.stream()
                        .filter(p -> p.truth() == Truth.UNKNOWN)
                        .map(Verdict::because)
                        .collect(Collectors.joining("; or "));
            }
            return new Verdict(t, because, steps);
        }
    }

    /** Negation; NOT UNKNOWN stays UNKNOWN. */
    record Not(Criterion child) implements Criterion {
        @Override
        public Verdict evaluate(AtomResolver resolver) {
            Verdict v = child.evaluate(resolver);
            return new Verdict(v.truth().not(), v.because(), v.steps());
        }
    }
}
