package org.recordpath.extraction.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Clinical;

/** Clinical statements: for each, the most recent affirmed statement. */
final class ClinicalReconciler {
    private ClinicalReconciler() {}

    static Clinical clinical(List<Fact> facts) {
        Map<String, Provenance> prov = new HashMap<>();
        return new Clinical(
                number(facts, Fields.ECOG, "ecog", prov),
                flag(facts, Fields.TRANSPLANT_CANDIDATE, "transplantCandidate", prov),
                text(facts, Fields.DONOR, "donor", prov),
                flag(facts, Fields.HYPOCELLULAR, "hypocellular", prov),
                number(facts, Fields.MARROW_CELLULARITY, "marrowCellularityPct", prov),
                number(facts, Fields.FIBROSIS_GRADE, "fibrosisGrade", prov),
                flag(facts, Fields.PNH_CLONE, "pnhClone", prov),
                flag(facts, Fields.HLA_DR15, "hlaDr15", prov),
                flag(facts, Fields.SYMPTOMATIC_ANEMIA, "symptomaticAnemia", prov),
                flag(facts, Fields.BLEEDING, "bleeding", prov),
                flag(facts, Fields.RECURRENT_INFECTIONS, "recurrentInfections", prov),
                prov);
    }

    private static Optional<Fact> pick(List<Fact> facts, String field, String key, Map<String, Provenance> prov) {
        Optional<Fact> f = FactOrder.latest(facts, field);
        f.ifPresent(x -> prov.put(key, x.provenance()));
        return f;
    }

    private static Integer number(List<Fact> facts, String field, String key, Map<String, Provenance> prov) {
        return pick(facts, field, key, prov)
                .map(f -> ((FactValue.Measured) f.value()).value().intValue())
                .orElse(null);
    }

    private static Boolean flag(List<Fact> facts, String field, String key, Map<String, Provenance> prov) {
        return pick(facts, field, key, prov)
                .map(f -> ((FactValue.Flag) f.value()).value())
                .orElse(null);
    }

    private static String text(List<Fact> facts, String field, String key, Map<String, Provenance> prov) {
        return pick(facts, field, key, prov).map(f -> f.value().display()).orElse(null);
    }
}
