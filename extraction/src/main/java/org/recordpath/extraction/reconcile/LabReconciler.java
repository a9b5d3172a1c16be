package org.recordpath.extraction.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Conflict;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;

/**
 * Labs across documents: the most recent dated affirmed value is current, older and historical values form the
 * series (one point per date and value), and different values of the current date are kept as conflicts.
 */
final class LabReconciler {
    private LabReconciler() {}

    static Map<Analyte, LabValue> reconcile(List<Fact> facts, List<Conflict> conflicts) {
        Map<Analyte, LabValue> out = new EnumMap<>(Analyte.class);
        for (Analyte a : Analyte.values()) {
            List<Fact> mine = facts.stream()
                    .filter(f -> f.field().equals(a.path()) && f.value() instanceof FactValue.Measured)
                    .filter(f -> f.isAffirmed() || f.context() == Context.HISTORICAL)
                    .toList();
            LocalDate current = mine.stream()
                    .filter(Fact::isAffirmed)
                    .map(f -> f.asOf() == null ? LocalDate.MIN : f.asOf())
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            if (current == null) {
                continue;
            }
            TreeMap<LocalDate, Map<BigDecimal, Fact>> byDate = new TreeMap<>(Comparator.reverseOrder());
            for (Fact f : mine) {
                LocalDate d = f.asOf() == null ? LocalDate.MIN : f.asOf();
                if (d.equals(current) && !f.isAffirmed()) {
                    continue;
                }
                BigDecimal v = ((FactValue.Measured) f.value()).value().stripTrailingZeros();
                byDate.computeIfAbsent(d, k -> new LinkedHashMap<>())
                        .merge(v, f, (x, y) -> x.confidence() >= y.confidence() ? x : y);
            }
            List<Fact> today = new ArrayList<>(byDate.get(current).values());
            today.sort(Comparator.comparingDouble(Fact::confidence).reversed());
            LabPoint head = point(today.get(0));
            List<LabPoint> clash = today.subList(1, today.size()).stream()
                    .map(LabReconciler::point)
                    .toList();
            List<LabPoint> series = new ArrayList<>();
            byDate.forEach((d, values) -> {
                if (!d.equals(current)) {
                    values.values().forEach(f -> series.add(point(f)));
                }
            });
            out.put(a, LabValue.of(head, series, clash));
            if (!clash.isEmpty()) {
                List<Conflict.Candidate> candidates = new ArrayList<>();
                today.forEach(
                        f -> candidates.add(new Conflict.Candidate(f.value().display(), f.provenance())));
                conflicts.add(new Conflict(a.path(), current.equals(LocalDate.MIN) ? null : current, candidates));
            }
        }
        return out;
    }

    private static LabPoint point(Fact f) {
        FactValue.Measured m = (FactValue.Measured) f.value();
        return new LabPoint(m.value(), m.unit(), m.comparator(), f.asOf(), f.provenance());
    }
}
