package org.recordpath.fhir.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.fhir.codes.Loinc;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Disease;

/**
 * The Patient (sex only: the profile knows the age, not the birth date, so the age is an Observation), the cancer
 * Condition on the mCODE PrimaryCancerCondition profile, ECOG and marrow cellularity.
 */
final class ProfileResources {
    static final String MCODE_PRIMARY_CANCER =
            "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-primary-cancer-condition";
    private static final String SNOMED_MDS = "109995007";
    private static final String SNOMED_THERAPY_RELATED_MDS = "702476004";

    private ProfileResources() {}

    static Reference patient(ClinicalProfile profile, Entries entries) {
        Patient p = new Patient();
        String sex = profile.demographics().sex();
        p.setGender(
                "F".equals(sex)
                        ? Enumerations.AdministrativeGender.FEMALE
                        : "M".equals(sex)
                                ? Enumerations.AdministrativeGender.MALE
                                : Enumerations.AdministrativeGender.UNKNOWN);
        Reference ref = entries.add(p);
        Integer age = profile.demographics().age();
        if (age != null) {
            Observation o = ObservationShapes.observation(
                    ref, "social-history", new CodeableConcept().setText("Age"), profile.asOf());
            o.setValue(ObservationShapes.ucum(BigDecimal.valueOf(age), "a"));
            entries.add(o);
        }
        return ref;
    }

    static void condition(ClinicalProfile profile, Reference patient, Entries entries) {
        Diagnosis d = profile.diagnosis();
        if (d.disease() == null) {
            return;
        }
        Condition c = new Condition();
        c.getMeta().addProfile(MCODE_PRIMARY_CANCER);
        c.setClinicalStatus(ObservationShapes.concept(CodeSystems.CONDITION_CLINICAL, "active", "Active"));
        c.setVerificationStatus(ObservationShapes.concept(CodeSystems.CONDITION_VER_STATUS, "confirmed", "Confirmed"));
        c.addCategory(ObservationShapes.concept(
                "http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item"));
        CodeableConcept code = new CodeableConcept();
        if (d.icd10() != null) {
            code.addCoding().setSystem(CodeSystems.ICD10CM).setCode(d.icd10());
        }
        if (d.disease() == Disease.MDS && Boolean.TRUE.equals(d.therapyRelated())) {
            code.addCoding().setSystem(CodeSystems.SNOMED).setCode(SNOMED_THERAPY_RELATED_MDS);
        } else {
            snomed(d.disease(), code);
        }
        if (d.who2022() != null) {
            code.addCoding()
                    .setSystem(CodeSystems.RECORDPATH_WHO2022)
                    .setCode(d.who2022())
                    .setDisplay(d.who2022());
        }
        code.setText(text(d));
        c.setCode(code);
        c.setSubject(patient);
        if (d.date() != null) {
            c.setOnset(new DateTimeType(d.date().toString()));
        }
        entries.add(c);
    }

    static void clinical(ClinicalProfile profile, Reference patient, Entries entries) {
        LocalDate asOf = profile.asOf();
        Integer ecog = profile.clinical().ecog();
        if (ecog != null) {
            Observation o = ObservationShapes.observation(
                    patient,
                    "survey",
                    ObservationShapes.loinc(Loinc.ECOG, "ECOG Performance Status score", null),
                    asOf);
            o.setValue(new IntegerType(ecog));
            entries.add(o);
        }
        Integer cellularity = profile.clinical().marrowCellularityPct();
        if (cellularity != null) {
            Observation o = ObservationShapes.observation(
                    patient, "laboratory", new CodeableConcept().setText("Bone marrow cellularity"), asOf);
            o.setValue(ObservationShapes.ucum(BigDecimal.valueOf(cellularity), "%"));
            entries.add(o);
        }
    }

    private static void snomed(Disease disease, CodeableConcept code) {
        String sct = switch (disease) {
            case MDS -> SNOMED_MDS;
            case CMML -> "127225006";
            case AML -> "91861009";
            default -> null;
        };
        if (sct != null) {
            code.addCoding().setSystem(CodeSystems.SNOMED).setCode(sct);
        }
    }

    private static String text(Diagnosis d) {
        if (d.statedType() != null) {
            return d.statedType();
        }
        return d.disease() == Disease.OTHER ? "Other neoplasm" : d.disease().toString();
    }
}
