package org.recordpath.fhir.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Disease;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.Treatment;

/** Synthetic profiles for export tests, built like sentences: {@code aProfile().withoutKaryotype().build()}. */
final class Profiles {
    static final Provenance SOURCE = new Provenance("synthetic", 1, null, null, "", ReadMethod.MANUAL, 1.0);
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 26);

    private Diagnosis diagnosis = new Diagnosis(
            Disease.MDS,
            "Myelodysplastic neoplasm with low blasts and SF3B1 mutation",
            "MDS-SF3B1",
            null,
            "D46.1",
            LocalDate.of(2026, 5, 12),
            null,
            Map.of());
    private KaryotypeFinding karyotype = new KaryotypeFinding(
            "46,XY[20]",
            CytoCategory.GOOD,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            "karyotype",
            null,
            LocalDate.of(2026, 5, 12),
            SOURCE);
    private final List<Mutation> mutations = new ArrayList<>(List.of(
            new Mutation(
                    "SF3B1",
                    "c.2098A>G",
                    "p.K700E",
                    null,
                    new BigDecimal("38.1"),
                    Classification.PATHOGENIC,
                    false,
                    SOURCE),
            new Mutation(
                    "TET2", "c.5618T>C", "p.I1873T", null, new BigDecimal("50.3"), Classification.VUS, null, SOURCE),
            new Mutation(
                    "FLT3", null, null, "ITD", new BigDecimal("12"), Classification.LIKELY_PATHOGENIC, false, SOURCE)));
    private final List<Treatment> treatments = new ArrayList<>(List.of(
            new Treatment("azacitidine", "1251", "2025-05", "2026-03", 10, "HI-P", "progression", false, SOURCE),
            new Treatment("epoetin alfa", null, "2026-04-02", null, null, null, null, true, SOURCE),
            new Treatment("allogeneic HCT", null, "2026-05-20", "2026-05-20", null, null, null, null, SOURCE)));

    static Profiles aProfile() {
        return new Profiles();
    }

    Profiles withDiagnosis(Disease disease, String statedType, String who2022, String icd10) {
        diagnosis = new Diagnosis(disease, statedType, who2022, null, icd10, LocalDate.of(2026, 5, 12), null, Map.of());
        return this;
    }

    Profiles withoutKaryotype() {
        karyotype = null;
        return this;
    }

    Profiles withoutTreatments() {
        treatments.clear();
        return this;
    }

    ClinicalProfile build() {
        Map<Analyte, LabValue> labs = new EnumMap<>(Analyte.class);
        labs.put(Analyte.HEMOGLOBIN, lab("8.9", "g/dL", "2026-06-23", point("9.1", "g/dL", "2026-05-12")));
        labs.put(Analyte.PLATELETS, lab("220", "10*9/L", "2026-06-23"));
        labs.put(Analyte.ANC, lab("2.5", "10*9/L", "2026-06-23"));
        labs.put(Analyte.WBC, lab("4.7", "10*9/L", "2026-06-23"));
        labs.put(Analyte.MCV, lab("98", "fL", "2026-06-23"));
        labs.put(Analyte.BM_BLASTS, lab("1", "%", "2026-05-12"));
        labs.put(Analyte.RING_SIDEROBLASTS, lab("35", "%", "2026-05-12"));
        labs.put(Analyte.SERUM_EPO, lab("160", "m[IU]/mL", "2026-05-12"));
        labs.put(Analyte.FERRITIN, lab("480", "ng/mL", "2026-05-12"));
        Clinical clinical = new Clinical(1, null, null, false, 55, null, null, null, null, null, null, Map.of());
        return new ClinicalProfile(
                AS_OF,
                new Demographics(74, "M", Map.of()),
                diagnosis,
                Labs.fromMap(labs),
                karyotype,
                mutations,
                List.of("ASXL1", "RUNX1", "TP53"),
                Map.of(),
                null,
                null,
                treatments,
                true,
                List.of(),
                clinical,
                List.of());
    }

    private static LabValue lab(String value, String unit, String date, LabPoint... older) {
        return LabValue.of(point(value, unit, date), List.of(older), List.of());
    }

    private static LabPoint point(String value, String unit, String date) {
        return new LabPoint(new BigDecimal(value), unit, null, LocalDate.parse(date), SOURCE);
    }
}
