package org.recordpath.extraction.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Disease;

/**
 * The diagnosis: the disease most strongly stated; the WHO 2022 type stated by name over one mapped from a legacy
 * name, then the most recent; a stated ICD-10-CM code over one derived from the chosen type; the date of diagnosis
 * most often stated.
 */
final class DiagnosisReconciler {
    private static final double STATED = 0.8;

    private DiagnosisReconciler() {}

    static Diagnosis diagnosis(List<Fact> facts) {
        Map<String, Provenance> prov = new HashMap<>();
        Disease disease = strongest(facts, Fields.DISEASE)
                .map(f -> {
                    prov.put("disease", f.provenance());
                    return disease(f.value().display());
                })
                .orElse(null);
        Optional<Fact> who = preferStated(facts, Fields.WHO2022);
        who.ifPresent(f -> prov.put("who2022", f.provenance()));
        Optional<Fact> icc = FactOrder.latest(facts, Fields.ICC2022);
        Optional<Fact> stated = FactOrder.latest(facts, Fields.STATED_TYPE);
        Optional<Fact> icd = FactOrder.affirmed(facts, Fields.ICD10).stream()
                .filter(f -> f.confidence() >= STATED)
                .max(FactOrder.RECENT_THEN_CONFIDENT)
                .or(() -> who.flatMap(w -> FactOrder.affirmed(facts, Fields.ICD10).stream()
                        .filter(f -> f.provenance().equals(w.provenance()))
                        .findFirst()));
        icd.ifPresent(f -> prov.put("icd10", f.provenance()));
        Optional<Fact> date = mostStated(
                        facts.stream().filter(f -> f.confidence() >= STATED).toList(), Fields.DIAGNOSIS_DATE)
                .or(() -> earliestSpecimen(facts));
        date.ifPresent(f -> prov.put("date", f.provenance()));
        Boolean therapyRelated = FactOrder.latest(facts, Fields.THERAPY_RELATED)
                .map(f -> Boolean.TRUE)
                .orElse(null);
        return new Diagnosis(
                disease,
                stated.map(f -> f.value().display()).orElse(null),
                who.map(f -> f.value().display()).orElse(null),
                icc.map(f -> f.value().display()).orElse(null),
                icd.map(f -> f.value().display()).orElse(null),
                date.map(Fact::asOf).orElse(null),
                therapyRelated,
                prov);
    }

    /** Without a stated date: the earliest diagnostic specimen, unless a treatment started before it. */
    private static Optional<Fact> earliestSpecimen(List<Fact> facts) {
        LocalDate firstTreatment = TreatmentReconciler.treatments(facts).stream()
                .map(t -> t.startDate().orElse(null))
                .filter(d -> d != null)
                .min(Comparator.naturalOrder())
                .orElse(LocalDate.MAX);
        return FactOrder.affirmed(facts, Fields.DIAGNOSIS_DATE).stream()
                .filter(f -> f.asOf() != null && f.asOf().isBefore(firstTreatment))
                .min(Comparator.comparing(Fact::asOf));
    }

    private static Optional<Fact> preferStated(List<Fact> facts, String field) {
        List<Fact> all = FactOrder.affirmed(facts, field);
        List<Fact> stated = all.stream().filter(f -> f.confidence() >= STATED).toList();
        return (stated.isEmpty() ? all : stated).stream().max(FactOrder.RECENT_THEN_CONFIDENT);
    }

    private static Optional<Fact> strongest(List<Fact> facts, String field) {
        Map<String, Double> weight = FactOrder.affirmed(facts, field).stream()
                .collect(Collectors.groupingBy(f -> f.value().display(), Collectors.summingDouble(Fact::confidence)));
        return weight.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .flatMap(e -> FactOrder.affirmed(facts, field).stream()
                        .filter(f -> f.value().display().equals(e.getKey()))
                        .max(FactOrder.RECENT_THEN_CONFIDENT));
    }

    private static Optional<Fact> mostStated(List<Fact> facts, String field) {
        Map<String, Long> count = FactOrder.affirmed(facts, field).stream()
                .collect(Collectors.groupingBy(f -> f.value().display(), Collectors.counting()));
        Comparator<Map.Entry<String, Long>> order =
                Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey(), Comparator.reverseOrder());
        return count.entrySet().stream()
                .max(order)
                .flatMap(e -> FactOrder.affirmed(facts, field).stream()
                        .filter(f -> f.value().display().equals(e.getKey()))
                        .findFirst());
    }

    private static Disease disease(String label) {
        for (Disease d : Disease.values()) {
            if (d.toString().equals(label)) {
                return d;
            }
        }
        return Disease.OTHER;
    }
}
