package org.recordpath.extraction.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Conflict;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Transfusion;

/**
 * Reconciles all facts of one patient into a profile. Only affirmed facts count (historical ones feed lab series);
 * the most recent dated value is current; disagreeing lab values of the same date become conflicts; every value
 * keeps its provenance. Thread-safe (stateless).
 */
public final class ProfileReconciler {

    public ClinicalProfile reconcile(List<Fact> facts) {
        List<Conflict> conflicts = new ArrayList<>();
        Labs labs = Labs.fromMap(LabReconciler.reconcile(facts, conflicts));
        List<Mutation> mutations = MutationReconciler.mutations(facts);
        var negatives = MutationReconciler.negatives(facts, mutations);
        return new ClinicalProfile(
                asOf(facts),
                demographics(facts, conflicts),
                DiagnosisReconciler.diagnosis(facts),
                labs,
                karyotype(facts),
                mutations,
                new ArrayList<>(negatives.keySet()),
                negatives,
                FactOrder.latest(facts, Fields.TP53_LOH)
                        .map(f -> ((FactValue.Flag) f.value()).value())
                        .orElse(null),
                transfusion(facts),
                TreatmentReconciler.treatments(facts),
                treatmentsComplete(facts),
                reportedRisk(facts),
                ClinicalReconciler.clinical(facts),
                conflicts);
    }

    private static LocalDate asOf(List<Fact> facts) {
        return facts.stream()
                .map(Fact::asOf)
                .filter(d -> d != null)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Demographics demographics(List<Fact> facts, List<Conflict> conflicts) {
        Map<String, Provenance> prov = new HashMap<>();
        Optional<Fact> age = AgeAgreement.current(FactOrder.affirmed(facts, Fields.AGE), conflicts);
        Optional<Fact> sex = FactOrder.latest(facts, Fields.SEX);
        age.ifPresent(f -> prov.put("age", f.provenance()));
        sex.ifPresent(f -> prov.put("sex", f.provenance()));
        return new Demographics(
                age.map(f -> ((FactValue.Measured) f.value()).value().intValue())
                        .orElse(null),
                sex.map(f -> f.value().display()).orElse(null),
                prov);
    }

    private static KaryotypeFinding karyotype(List<Fact> facts) {
        List<KaryotypeFinding> all = FactOrder.affirmed(facts, Fields.KARYOTYPE).stream()
                .map(f -> ((FactValue.Cytogenetics) f.value()).karyotype())
                .toList();
        Comparator<KaryotypeFinding> recent = Comparator.comparing(k -> k.date() == null ? LocalDate.MIN : k.date());
        for (String source : List.of("karyotype", "reported", "fish")) {
            Optional<KaryotypeFinding> best =
                    all.stream().filter(k -> source.equals(k.source())).max(recent);
            if (best.isPresent()) {
                return best.get();
            }
        }
        return null;
    }

    private static Transfusion transfusion(List<Fact> facts) {
        Map<String, Provenance> prov = new LinkedHashMap<>();
        Optional<Fact> rate = FactOrder.latest(facts, Fields.RBC_UNITS_PER_8_WEEKS);
        Optional<Fact> dependent = FactOrder.latest(facts, Fields.TRANSFUSION_DEPENDENT);
        Optional<Fact> total = FactOrder.latest(facts, Fields.TOTAL_RBC_UNITS);
        Optional<Fact> platelets = FactOrder.latest(facts, Fields.PLATELET_TRANSFUSION_DEPENDENT);
        if (rate.isEmpty() && dependent.isEmpty() && total.isEmpty() && platelets.isEmpty()) {
            return Transfusion.unknown();
        }
        rate.ifPresent(f -> prov.put("rbcUnitsPer8Weeks", f.provenance()));
        dependent.ifPresent(f -> prov.put("dependent", f.provenance()));
        total.ifPresent(f -> prov.put("totalRbcUnits", f.provenance()));
        return new Transfusion(
                rate.map(f -> ((FactValue.Measured) f.value()).value()).orElse(null),
                dependent.map(f -> ((FactValue.Flag) f.value()).value()).orElse(null),
                total.map(f -> ((FactValue.Measured) f.value()).value().intValue())
                        .orElse(null),
                null,
                null,
                FactOrder.latest(facts, Fields.PLATELET_TRANSFUSION_DEPENDENT)
                        .map(f -> ((FactValue.Flag) f.value()).value())
                        .orElse(null),
                rate.or(() -> dependent).map(Fact::asOf).orElse(null),
                prov);
    }

    private static Boolean treatmentsComplete(List<Fact> facts) {
        List<Fact> stated = FactOrder.affirmed(facts, Fields.TREATMENTS_COMPLETE);
        if (stated.isEmpty()) {
            return null;
        }
        return stated.stream().allMatch(f -> ((FactValue.Flag) f.value()).value());
    }

    private static List<ReportedRisk> reportedRisk(List<Fact> facts) {
        Map<String, ReportedRisk> unique = new LinkedHashMap<>();
        FactOrder.affirmed(facts, Fields.REPORTED_RISK).stream()
                .map(f -> ((FactValue.Score) f.value()).risk())
                .sorted(Comparator.comparing((ReportedRisk r) -> r.date() == null ? LocalDate.MIN : r.date())
                        .reversed())
                .forEach(r -> unique.putIfAbsent(r.system() + "|" + r.score() + "|" + r.category(), r));
        return new ArrayList<>(unique.values());
    }
}
