package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.Map;
import org.recordpath.model.fact.Provenance;

/**
 * The diagnosis as stated in the records.
 *
 * @param disease null when no record names the disease
 * @param statedType the subtype as written (legacy names included, e.g. "RAEB-1"), for display and classification hints
 * @param who2022 WHO 2022 type stated or mapped from a legacy name (e.g. "MDS-5q"), null when not stated
 * @param icc2022 ICC 2022 type stated or mapped, null when not stated
 * @param icd10 ICD-10-CM code, e.g. "D46.C"
 * @param therapyRelated true when the records call it therapy-related
 * @param provenance source of each stated component, keyed by component name
 */
public record Diagnosis(
        Disease disease,
        String statedType,
        String who2022,
        String icc2022,
        String icd10,
        LocalDate date,
        Boolean therapyRelated,
        Map<String, Provenance> provenance) {
    public Diagnosis {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    public static Diagnosis unknown() {
        return new Diagnosis(null, null, null, null, null, null, null, Map.of());
    }
}
