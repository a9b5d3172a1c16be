package org.recordpath.fhir.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.recordpath.fhir.codes.CodeSystems;

/** The parts every exported Observation shares: status, category, subject, date, coded concepts and quantities. */
final class ObservationShapes {
    private ObservationShapes() {}

    static Observation observation(Reference patient, String category, CodeableConcept code, LocalDate date) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(concept(CodeSystems.OBSERVATION_CATEGORY, category, null));
        o.setCode(code);
        o.setSubject(patient);
        if (date != null) {
            o.setEffective(new DateTimeType(date.toString()));
        }
        return o;
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display));
    }

    static CodeableConcept loinc(String code, String display, String text) {
        CodeableConcept c = concept(CodeSystems.LOINC, code, display);
        return text == null ? c : c.setText(text);
    }

    static Quantity ucum(BigDecimal value, String unit) {
        return new Quantity()
                .setValue(value)
                .setUnit(unit)
                .setSystem(CodeSystems.UCUM)
                .setCode(unit);
    }
}
