package org.recordpath.model.profile;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The labs of a profile; a null component was not found in the records. */
public record Labs(
        LabValue hemoglobin,
        LabValue platelets,
        LabValue anc,
        LabValue wbc,
        LabValue mcv,
        LabValue bmBlasts,
        LabValue pbBlasts,
        LabValue ringSideroblasts,
        LabValue serumEpo,
        LabValue ferritin,
        LabValue creatinineClearance) {

    public static Labs none() {
        return fromMap(Map.of());
    }

    public static Labs fromMap(Map<Analyte, LabValue> values) {
        return new Labs(
                values.get(Analyte.HEMOGLOBIN),
                values.get(Analyte.PLATELETS),
                values.get(Analyte.ANC),
                values.get(Analyte.WBC),
                values.get(Analyte.MCV),
                values.get(Analyte.BM_BLASTS),
                values.get(Analyte.PB_BLASTS),
                values.get(Analyte.RING_SIDEROBLASTS),
                values.get(Analyte.SERUM_EPO),
                values.get(Analyte.FERRITIN),
                values.get(Analyte.CREATININE_CLEARANCE));
    }

    public Optional<LabValue> get(Analyte analyte) {
        return Optional.ofNullable(toMap().get(analyte));
    }

    public Map<Analyte, LabValue> toMap() {
        Map<Analyte, LabValue> m = new EnumMap<>(Analyte.class);
        put(m, Analyte.HEMOGLOBIN, hemoglobin);
        put(m, Analyte.PLATELETS, platelets);
        put(m, Analyte.ANC, anc);
        put(m, Analyte.WBC, wbc);
        put(m, Analyte.MCV, mcv);
        put(m, Analyte.BM_BLASTS, bmBlasts);
        put(m, Analyte.PB_BLASTS, pbBlasts);
        put(m, Analyte.RING_SIDEROBLASTS, ringSideroblasts);
        put(m, Analyte.SERUM_EPO, serumEpo);
        put(m, Analyte.FERRITIN, ferritin);
        put(m, Analyte.CREATININE_CLEARANCE, creatinineClearance);
        return m;
    }

    private static void put(Map<Analyte, LabValue> m, Analyte a, LabValue v) {
        if (v != null) {
            m.put(a, v);
        }
    }
}
