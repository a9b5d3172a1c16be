package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.logic.Atom;
import org.recordpath.guidance.logic.DerivedTest;
import org.recordpath.guidance.logic.FactTest;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;

/**
 * Decides atoms against one patient. {@code overrides} fixes chosen atoms to a truth value, to ask "what would the
 * outcome be if this unknown fact were true/false".
 */
public final class PatientResolver implements org.recordpath.guidance.logic.AtomResolver {
    private final PatientFacts facts;
    private final Map<String, Truth> overrides;

    public PatientResolver(PatientFacts facts, Map<String, Truth> overrides) {
        this.facts = facts;
        this.overrides = Map.copyOf(overrides);
    }

    public PatientFacts facts() {
        return facts;
    }

    @Override
    public Finding resolve(Atom atom) {
        Truth forced = overrides.get(atom.key());
        if (forced != null) {
            return Finding.of(forced, atom.key() + " assumed " + forced, List.of(), List.of());
        }
        if (atom instanceof FactTest t) {
            return fact(t);
        }
        DerivedTest d = (DerivedTest) atom;
        Finding f = DerivedCatalog.evaluate(facts, d.name(), d.argument(), d.hotspots());
        return d.expected() ? f : new Finding(f.truth().not(), f.because(), f.facts(), f.questions());
    }

    private Finding fact(FactTest t) {
        FactSpec spec =
                FactCatalog.spec(t.path()).orElseThrow(() -> new IllegalStateException("unchecked " + t.path()));
        Value v = facts.value(t.path());
        List<String> q = List.of(spec.question());
        if (!v.known()) {
            String why = v.note() != null
                    ? t.path() + " " + v.display() + " (" + v.note() + ")"
                    : t.path() + " not recorded";
            return Finding.of(
                    Truth.UNKNOWN,
                    why + (spec.clinicianOnly() ? " (a clinician's decision, never inferred)" : ""),
                    List.of(v.use()),
                    q);
        }
        Truth truth;
        if (spec.kind() == FactSpec.Kind.NUMBER) {
            truth = Compare.test(v, t.op(), (BigDecimal) t.value());
        } else {
            boolean equal = v.value().equals(t.value());
            truth = Truth.of(t.op() == Operator.EQ ? equal : !equal);
        }
        String because;
        if (truth == Truth.TRUE) {
            because = t.path() + " " + v.display() + " (" + t.op().symbol() + " " + shown(t) + ")";
        } else if (truth == Truth.FALSE) {
            because = t.path() + " " + v.display() + " (not " + t.op().symbol() + " " + shown(t) + ")";
        } else {
            because = t.path() + " " + v.display() + " cannot decide " + t.op().symbol() + " " + shown(t);
        }
        return Finding.of(truth, because, List.of(v.use()), truth == Truth.UNKNOWN ? q : List.of());
    }

    private static String shown(FactTest t) {
        String v = t.value() instanceof BigDecimal b
                ? b.stripTrailingZeros().toPlainString()
                : t.value().toString();
        return v + (t.unit() == null ? "" : " " + t.unit());
    }
}
