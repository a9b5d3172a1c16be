package org.recordpath.fhir.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;

/**
 * Lab Observations in canonical UCUM units, the current value and its series, coded in LOINC where pathways.md
 * section 3.4 verifies a code. Marrow blasts and ring sideroblasts have no verified code and are written as text.
 */
final class LabResources {
    private static final Map<Analyte, CodeableConcept> CODES = Map.of(
            Analyte.HEMOGLOBIN,
                    ObservationShapes.loinc(Loinc.HEMOGLOBIN, "Hemoglobin [Mass/volume] in Blood", "Hemoglobin"),
            Analyte.PLATELETS,
                    ObservationShapes.loinc(
                            Loinc.PLATELETS, "Platelets [#/volume] in Blood by Automated count", "Platelets"),
            Analyte.ANC,
                    ObservationShapes.loinc(Loinc.ANC, "Neutrophils [#/volume] in Blood", "Absolute neutrophil count"),
            Analyte.WBC, ObservationShapes.loinc(Loinc.WBC, "Leukocytes [#/volume] in Blood", "White blood cells"),
            Analyte.MCV, ObservationShapes.loinc(Loinc.MCV, "MCV [Entitic volume] by Automated count", "MCV"),
            Analyte.PB_BLASTS,
                    ObservationShapes.loinc(
                            Loinc.PB_BLASTS_PCT, "Blasts/100 leukocytes in Blood", "Peripheral blood blasts"),
            Analyte.SERUM_EPO,
                    ObservationShapes.loinc(
                            Loinc.SERUM_EPO,
                            "Erythropoietin (EPO) [Units/volume] in Serum or Plasma",
                            "Serum erythropoietin"),
            Analyte.FERRITIN,
                    ObservationShapes.loinc(Loinc.FERRITIN, "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin"));
    private static final Map<Analyte, String> TEXT = Map.of(
            Analyte.BM_BLASTS, "Bone marrow blasts (aspirate differential)",
            Analyte.RING_SIDEROBLASTS, "Ring sideroblasts (% of erythroid precursors), bone marrow");

    private LabResources() {}

    static List<Reference> labs(Labs labs, Reference patient, Entries entries) {
        List<Reference> refs = new ArrayList<>();
        for (Map.Entry<Analyte, LabValue> e : labs.toMap().entrySet()) {
            List<LabPoint> points = new ArrayList<>();
            points.add(e.getValue().current());
            points.addAll(e.getValue().series());
            for (LabPoint p : points) {
                refs.add(entries.add(observation(e.getKey(), p, patient)));
            }
        }
        return refs;
    }

    private static Observation observation(Analyte analyte, LabPoint p, Reference patient) {
        CodeableConcept code = CODES.containsKey(analyte)
                ? CODES.get(analyte).copy()
                : new CodeableConcept().setText(TEXT.get(analyte));
        Observation o = ObservationShapes.observation(patient, "laboratory", code, p.date());
        Quantity q = ObservationShapes.ucum(p.value(), analyte.canonicalUnit());
        if (p.comparator() != null) {
            q.setComparator(Quantity.QuantityComparator.fromCode(p.comparator()));
        }
        o.setValue(q);
        if (TEXT.containsKey(analyte)) {
            o.setSpecimen(new Reference().setDisplay("Bone marrow aspirate"));
        }
        return o;
    }
}
