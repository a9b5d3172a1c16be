package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.recordpath.guidance.logic.Finding;
import org.recordpath.guidance.risk.RiskGroupDecision;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Treatment;

/**
 * One patient's facts for evaluation: the profile (labs already in canonical units), the risk group, the evaluation
 * date, and a cache of derived predicates. Not thread-safe; make one per evaluation.
 */
public final class PatientFacts {
    private final ClinicalProfile profile;
    private final RiskGroupDecision risk;
    private final LocalDate asOf;
    private final Map<String, Finding> memo = new HashMap<>();
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, String> withheld;

    public PatientFacts(ClinicalProfile profile, RiskGroupDecision risk) {
        this(profile, risk, Map.of());
    }

    /**
     * @param withheld contract paths the engine's boundary made unknown (impossible, waiting for review, or in
     *     conflict), each with the value and the reason
     */
    public PatientFacts(ClinicalProfile profile, RiskGroupDecision risk, Map<String, String> withheld) {
        this.profile = profile;
        this.risk = risk;
        this.withheld = Map.copyOf(withheld);
        this.asOf = profile.asOf() != null ? profile.asOf() : latestDate(profile);
    }

    /** The reasons of the withheld paths starting with {@code prefix} ("labs.", "diagnosis."), path first. */
    public List<String> withheldUnder(String prefix) {
        return withheld.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getKey() + " " + e.getValue())
                .sorted()
                .toList();
    }

    /** The reason a path was withheld, or null. */
    public String withheld(String path) {
        return withheld.get(path);
    }

    public ClinicalProfile profile() {
        return profile;
    }

    public RiskGroupDecision risk() {
        return risk;
    }

    /** The date durations of ongoing treatments are measured to. */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The current value of a contract path of {@link FactCatalog}, read once per patient. */
    public Value value(String path) {
        Value v = values.get(path);
        if (v == null) {
            v = FactCatalog.spec(path)
                    .orElseThrow(() -> new IllegalArgumentException("unknown fact " + path))
                    .read()
                    .apply(this);
            if (!v.known() && withheld.containsKey(path)) {
                v = Value.unusable(path, "withheld", v.source(), withheld.get(path));
            }
            values.put(path, v);
        }
        return v;
    }

    /** A derived predicate, computed once per patient. */
    public Finding derived(String key, Supplier<Finding> compute) {
        Finding f = memo.get(key);
        if (f == null) {
            f = compute.get();
            memo.put(key, f);
        }
        return f;
    }

    /** A lab as a {@link Value}; serum EPO follows the before-any-ESA rule of pathways.md section 0.2. */
    public Value lab(String key, LabValue v, String unit) {
        String path = "labs." + key;
        if (v == null) {
            return Value.absent(path);
        }
        if (key.equals("serumEpo")) {
            return serumEpo(v, unit);
        }
        return of(path, v.current(), unit);
    }

    private Value serumEpo(LabValue v, String unit) {
        Optional<LocalDate> esaStart = profile.treatments().stream()
                .filter(t -> TreatmentHistory.isClass(t, TreatmentHistory.ESA))
                .map(t -> t.startDate().orElse(LocalDate.MIN))
                .min(LocalDate::compareTo);
        if (esaStart.isEmpty()) {
            return of("labs.serumEpo", v.current(), unit);
        }
        LocalDate start = esaStart.get();
        List<LabPoint> all = new java.util.ArrayList<>();
        all.add(v.current());
        all.addAll(v.series());
        for (LabPoint point : all) {
            if (point.date() != null && point.date().isBefore(start)) {
                return of("labs.serumEpo", point, unit);
            }
        }
        return Value.unusable(
                "labs.serumEpo",
                display(v.current(), unit),
                v.provenance(),
                "measured on or after the start of an ESA: treated as unknown");
    }

    private Value of(String path, LabPoint point, String unit) {
        String note = null;
        if (asOf != null && point.date() != null && point.date().isBefore(asOf.minusMonths(6))) {
            note = "from " + point.date() + ", older than 6 months";
        }
        return new Value(path, point.value(), point.comparator(), display(point, unit), point.provenance(), note);
    }

    private static String display(LabPoint p, String unit) {
        return (p.comparator() == null ? "" : p.comparator())
                + p.value().stripTrailingZeros().toPlainString()
                + " "
                + unit
                + (p.date() == null ? "" : " (" + p.date() + ")");
    }

    public static Value flag(String path, Boolean b, Provenance source) {
        if (b == null) {
            return Value.absent(path);
        }
        return new Value(path, b, null, b ? "yes" : "no", source, null);
    }

    public static Value number(String path, BigDecimal n, String unit, Provenance source) {
        if (n == null) {
            return Value.absent(path);
        }
        return new Value(path, n, null, n.stripTrailingZeros().toPlainString() + " " + unit, source, null);
    }

    public Optional<KaryotypeFinding> karyotype() {
        return Optional.ofNullable(profile.karyotype());
    }

    private static LocalDate latestDate(ClinicalProfile p) {
        LocalDate latest = null;
        for (LabValue v : p.labs().toMap().values()) {
            if (v.date() != null && (latest == null || v.date().isAfter(latest))) {
                latest = v.date();
            }
        }
        for (Treatment t : p.treatments()) {
            LocalDate d = t.endDate().or(t::startDate).orElse(null);
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return latest;
    }
}
