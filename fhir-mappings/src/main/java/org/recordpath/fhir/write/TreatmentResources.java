package org.recordpath.fhir.write;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.model.profile.Treatment;

/**
 * Treatments as MedicationStatements (RxNorm where the ingredient code is known; cycles and best response in a
 * note, as MedicationStatement has no element for them) and transplants as Procedures.
 */
final class TreatmentResources {
    private TreatmentResources() {}

    static List<Reference> treatments(List<Treatment> treatments, Reference patient, Entries entries) {
        List<Reference> refs = new ArrayList<>();
        for (Treatment t : treatments) {
            refs.add(entries.add(t.drug().endsWith("HCT") ? procedure(t, patient) : statement(t, patient)));
        }
        return refs;
    }

    private static Resource statement(Treatment t, Reference patient) {
        MedicationStatement s = new MedicationStatement();
        s.setStatus(status(t));
        if (t.stoppedReason() != null) {
            s.addStatusReason(new CodeableConcept().setText(t.stoppedReason()));
        }
        CodeableConcept drug = new CodeableConcept().setText(t.drug());
        if (t.rxnorm() != null) {
            drug.addCoding().setSystem(CodeSystems.RXNORM).setCode(t.rxnorm()).setDisplay(t.drug());
        }
        s.setMedication(drug);
        s.setSubject(patient);
        period(t).ifPresent(s::setEffective);
        StringBuilder note = new StringBuilder();
        if (t.cycles() != null) {
            note.append("cycles: ").append(t.cycles());
        }
        if (t.bestResponse() != null) {
            note.append(note.isEmpty() ? "" : "; ").append("best response: ").append(t.bestResponse());
        }
        if (!note.isEmpty()) {
            s.addNote().setText(note.toString());
        }
        return s;
    }

    private static MedicationStatement.MedicationStatementStatus status(Treatment t) {
        if (t.stoppedReason() != null) {
            return MedicationStatement.MedicationStatementStatus.STOPPED;
        }
        if (Boolean.TRUE.equals(t.ongoing())) {
            return MedicationStatement.MedicationStatementStatus.ACTIVE;
        }
        return Boolean.FALSE.equals(t.ongoing())
                ? MedicationStatement.MedicationStatementStatus.COMPLETED
                : MedicationStatement.MedicationStatementStatus.UNKNOWN;
    }

    private static Resource procedure(Treatment t, Reference patient) {
        Procedure p = new Procedure();
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        String kind = t.drug().startsWith("allogeneic")
                ? "Allogeneic"
                : t.drug().startsWith("autologous") ? "Autologous" : "";
        p.setCode(new CodeableConcept()
                .setText((kind + " hematopoietic stem cell transplant (" + t.drug() + ")").strip()));
        p.setSubject(patient);
        period(t).ifPresent(p::setPerformed);
        return p;
    }

    private static java.util.Optional<Period> period(Treatment t) {
        if (t.start() == null && t.end() == null) {
            return java.util.Optional.empty();
        }
        Period p = new Period();
        if (t.start() != null) {
            p.setStartElement(new DateTimeType(t.start()));
        }
        if (t.end() != null) {
            p.setEndElement(new DateTimeType(t.end()));
        }
        return java.util.Optional.of(p);
    }
}
