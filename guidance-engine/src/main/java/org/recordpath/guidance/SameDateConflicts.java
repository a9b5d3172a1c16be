package org.recordpath.guidance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.guidance.boundary.BoundaryCheck;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Conflict;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;

/**
 * Same-date disagreements kept by reconciliation (the lab's {@code conflicts} and the profile's {@code conflicts}):
 * a conflicting lab is evaluated under each of its candidates, so a conflict decides nothing (#10). Conflicts on
 * other fields cannot be varied; a MATCH that uses such a field is held back by {@link ConflictMerge}.
 */
final class SameDateConflicts {
    /** More combinations than this and the conflicting labs are simply unknown. */
    static final int MAX_VARIANTS = 32;

    private static final Pattern VALUE = Pattern.compile("^\\s*(<=|>=|<|>)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(.*)$");

    private final ClinicalProfile base;
    private final List<ClinicalProfile> variants;
    private final List<Axis> axes;
    private final Set<String> unvaried;
    private final Map<String, String> withheld;
    private final List<String> flags;

    private SameDateConflicts(
            ClinicalProfile base,
            List<ClinicalProfile> variants,
            List<Axis> axes,
            Set<String> unvaried,
            Map<String, String> withheld,
            List<String> flags) {
        this.base = base;
        this.variants = variants;
        this.axes = axes;
        this.unvaried = unvaried;
        this.withheld = withheld;
        this.flags = flags;
    }

    /** One conflicting field: its candidates as shown, and each as a change of the profile. */
    record Axis(String path, List<String> shown, List<UnaryOperator<ClinicalProfile>> apply) {}

    static SameDateConflicts of(ClinicalProfile p, Map<String, String> withheldAtBoundary) {
        Map<Analyte, List<LabPoint>> byLab = new EnumMap<>(Analyte.class);
        Set<String> unvaried = new LinkedHashSet<>();
        for (Map.Entry<Analyte, LabValue> e : p.labs().toMap().entrySet()) {
            List<LabPoint> c = new ArrayList<>();
            add(c, e.getValue().current());
            e.getValue().conflicts().forEach(x -> add(c, x));
            byLab.put(e.getKey(), c);
        }
        List<Axis> axes = new ArrayList<>();
        for (Conflict c : p.conflicts()) {
            if (c.field().equals(Fields.AGE)) {
                Axis age = AgeAxis.of(p, c);
                if (age == null) {
                    unvaried.add(c.field());
                } else if (age.shown().size() > 1) {
                    axes.add(age);
                }
                continue;
            }
            Analyte a = Analyte.byKey(c.field().replaceFirst("^labs\\.", "")).orElse(null);
            if (a == null || !byLab.containsKey(a)) {
                unvaried.add(c.field());
                continue;
            }
            for (Conflict.Candidate x : c.candidates()) {
                LabPoint point = parse(a, x, c);
                if (point == null) {
                    unvaried.add(c.field());
                } else {
                    add(byLab.get(a), point);
                }
            }
        }
        Map<String, List<LabPoint>> candidates = new LinkedHashMap<>();
        byLab.forEach((a, c) -> {
            if (c.size() > 1 && !unvaried.contains(a.path())) {
                candidates.put(a.path(), c);
            }
        });
        Map<String, String> withheld = new LinkedHashMap<>(withheldAtBoundary);
        List<String> flags = new ArrayList<>();
        candidates.forEach((path, c) -> axes.add(labAxis(path, c)));
        axes.forEach(x -> flags.add("same-date values of " + x.path() + " disagree: " + String.join(" or ", x.shown())
                + "; each is evaluated, and a pathway whose outcome depends on it is POSSIBLE"));
        unvaried.forEach(f -> flags.add("same-date values of " + f + " disagree: a MATCH that uses it is held back"));
        int count = axes.stream().mapToInt(x -> x.apply().size()).reduce(1, (x, y) -> x * y);
        if (count > MAX_VARIANTS) {
            for (Axis x : axes) {
                unvaried.add(x.path());
                withheld.put(x.path(), "same-date values disagree (" + String.join(" or ", x.shown()) + ")");
            }
            return new SameDateConflicts(p, List.of(), List.of(), unvaried, withheld, flags);
        }
        List<ClinicalProfile> variants = new ArrayList<>();
        if (!axes.isEmpty()) {
            combine(p, axes, 0, variants);
        }
        return new SameDateConflicts(p, variants, axes, unvaried, withheld, flags);
    }

    private static Axis labAxis(String path, List<LabPoint> c) {
        Analyte a = Analyte.byKey(path.substring("labs.".length())).orElseThrow();
        List<UnaryOperator<ClinicalProfile>> apply = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (LabPoint x : c) {
            shown.add(shown(x));
            apply.add(q -> {
                Map<Analyte, LabValue> labs = new EnumMap<>(Analyte.class);
                labs.putAll(q.labs().toMap());
                LabValue v = labs.get(a);
                labs.put(
                        a,
                        new LabValue(
                                x.value(), x.unit(), x.comparator(), x.date(), x.provenance(), v.series(), List.of()));
                return q.withLabs(Labs.fromMap(labs));
            });
        }
        return new Axis(path, shown, apply);
    }

    private static void combine(ClinicalProfile p, List<Axis> axes, int i, List<ClinicalProfile> out) {
        if (i == axes.size()) {
            out.add(p);
            return;
        }
        for (UnaryOperator<ClinicalProfile> change : axes.get(i).apply()) {
            combine(change.apply(p), axes, i + 1, out);
        }
    }

    private static void add(List<LabPoint> c, LabPoint p) {
        boolean seen = c.stream()
                .anyMatch(x -> x.value().compareTo(p.value()) == 0
                        && java.util.Objects.equals(x.comparator(), p.comparator()));
        if (!seen) {
            c.add(p);
        }
    }

    /** A candidate's text ("24 %", "45000 /uL") as a canonical lab point; null when it cannot be read. */
    private static LabPoint parse(Analyte a, Conflict.Candidate x, Conflict c) {
        Matcher m = VALUE.matcher(x.value());
        if (!m.matches()) {
            return null;
        }
        String unit = m.group(3).isBlank() ? a.canonicalUnit() : m.group(3).trim();
        BigDecimal factor = CanonicalUnits.factor(a, unit);
        if (factor == null) {
            return null;
        }
        Provenance src = x.provenance() != null
                ? x.provenance()
                : new Provenance(
                        "conflict", 1, null, null, x.value(), org.recordpath.model.fact.ReadMethod.MANUAL, 1.0);
        BigDecimal value = new BigDecimal(m.group(2)).multiply(factor).stripTrailingZeros();
        if (BoundaryCheck.impossible(a, value)) {
            return null;
        }
        return new LabPoint(value, a.canonicalUnit(), m.group(1), c.date(), src);
    }

    static String shown(LabPoint p) {
        return (p.comparator() == null ? "" : p.comparator())
                + p.value().stripTrailingZeros().toPlainString() + " " + p.unit() + " ("
                + p.provenance().document() + ", p. " + p.provenance().page() + ")";
    }

    ClinicalProfile base() {
        return base;
    }

    List<ClinicalProfile> variants() {
        return variants;
    }

    List<Axis> axes() {
        return axes;
    }

    Set<String> unvaried() {
        return unvaried;
    }

    Map<String, String> withheld() {
        return withheld;
    }

    List<String> flags() {
        return flags;
    }
}
