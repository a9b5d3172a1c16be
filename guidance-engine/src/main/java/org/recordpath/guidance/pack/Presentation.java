package org.recordpath.guidance.pack;

import java.util.ArrayList;
import java.util.List;
import org.recordpath.guidance.facts.PatientResolver;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.logic.Verdict;

/** The options and notes of a pathway that apply to one patient. */
final class Presentation {
    private Presentation() {}

    static List<PathwayOutcome.ShownOption> options(Pathway p, PatientResolver r) {
        List<PathwayOutcome.ShownOption> out = new ArrayList<>();
        for (Pathway.Option o : p.options()) {
            if (o.when() == null) {
                out.add(new PathwayOutcome.ShownOption(o.agent(), o.rxnorm(), o.note(), null));
                continue;
            }
            Verdict v = o.when().evaluate(r);
            if (v.truth() == Truth.TRUE) {
                out.add(new PathwayOutcome.ShownOption(o.agent(), o.rxnorm(), o.note(), null));
            } else if (v.truth() == Truth.UNKNOWN && !o.strict()) {
                out.add(new PathwayOutcome.ShownOption(o.agent(), o.rxnorm(), o.note(), "needs: " + v.because()));
            }
        }
        return out;
    }

    static List<String> notes(Pathway p, PatientResolver r) {
        List<String> out = new ArrayList<>();
        for (Pathway.Note n : p.notes()) {
            boolean when = PathwayEvaluator.holds(n.when(), r) == Truth.TRUE;
            boolean unless = n.unless() != null && PathwayEvaluator.holds(n.unless(), r) == Truth.TRUE;
            if (when && !unless) {
                out.add(n.text());
            }
        }
        return out;
    }
}
