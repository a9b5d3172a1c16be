package org.recordpath.guidance.boundary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;

/** Labs at the boundary: an impossible or unreviewed low-confidence current value is unknown. */
final class LabCheck {
    private LabCheck() {}

    static Labs check(Labs labs, Notes notes) {
        Map<Analyte, LabValue> out = new EnumMap<>(Analyte.class);
        for (Map.Entry<Analyte, LabValue> e : labs.toMap().entrySet()) {
            Analyte a = e.getKey();
            LabValue v = e.getValue();
            Optional<String> problem = problem(a, v.current());
            if (problem.isPresent()) {
                notes.withhold(a.path(), shown(v.current()), problem.get());
                continue;
            }
            List<LabPoint> series =
                    v.series().stream().filter(s -> impossible(a, s).isEmpty()).toList();
            List<LabPoint> conflicts = v.conflicts().stream()
                    .filter(s -> impossible(a, s).isEmpty())
                    .toList();
            out.put(a, new LabValue(v.value(), v.unit(), v.comparator(), v.date(), v.provenance(), series, conflicts));
        }
        return Labs.fromMap(out);
    }

    /** Why this reading may not decide, or empty. */
    static Optional<String> problem(Analyte a, LabPoint p) {
        Optional<String> range = impossible(a, p);
        return range.isPresent() ? range : ReviewRule.waits(p.provenance());
    }

    private static Optional<String> impossible(Analyte a, LabPoint p) {
        Ranges.Range r = Ranges.of(a);
        if (r.contains(p.value())) {
            return Optional.empty();
        }
        return Optional.of("outside the possible range " + r.shown() + " " + a.canonicalUnit());
    }

    static String shown(LabPoint p) {
        return (p.comparator() == null ? "" : p.comparator())
                + p.value().stripTrailingZeros().toPlainString()
                + " "
                + p.unit();
    }
}
