package org.recordpath.extraction.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

/**
 * Courses across documents: mentions of one drug with the same start (or no start) are one course, their fields
 * merged, the most confident mention first.
 */
final class TreatmentReconciler {
    private TreatmentReconciler() {}

    static List<Treatment> treatments(List<Fact> facts) {
        List<Fact> given = new ArrayList<>(FactOrder.affirmed(facts, Fields.TREATMENT));
        given.sort(Comparator.comparingDouble(Fact::confidence).reversed());
        List<Treatment> out = new ArrayList<>();
        for (Fact f : given) {
            Treatment t = ((FactValue.Course) f.value()).treatment();
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                Treatment o = out.get(i);
                if (o.drug().equals(t.drug())
                        && (t.start() == null || o.start() == null || o.start().equals(t.start()))) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(t);
            } else {
                out.set(same, merge(out.get(same), t));
            }
        }
        out.sort(Comparator.comparing(t -> t.start() == null ? "" : t.start()));
        return out;
    }

    private static Treatment merge(Treatment a, Treatment b) {
        return new Treatment(
                a.drug(),
                a.rxnorm() != null ? a.rxnorm() : b.rxnorm(),
                a.start() != null ? a.start() : b.start(),
                a.end() != null ? a.end() : b.end(),
                a.cycles() != null ? a.cycles() : b.cycles(),
                a.bestResponse() != null ? a.bestResponse() : b.bestResponse(),
                a.stoppedReason() != null ? a.stoppedReason() : b.stoppedReason(),
                a.ongoing() != null ? a.ongoing() : b.ongoing(),
                a.provenance());
    }
}
