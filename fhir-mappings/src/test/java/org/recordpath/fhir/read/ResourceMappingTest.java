package org.recordpath.fhir.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.recordpath.fhir.codes.CodeSystems;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

/** Given one or a few resources, when imported, then these facts. Synthetic data only. */
class ResourceMappingTest {
    private static final FhirBundleImporter IMPORTER = FhirBundleImporter.create();
    private int next;

    private List<Fact> importing(Resource... resources) {
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        for (Resource r : resources) {
            r.setId(r.fhirType() + "/r" + next++);
            b.addEntry().setResource(r);
        }
        return IMPORTER.importBundle("doc", b);
    }

    private static CodeableConcept rxnorm(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(CodeSystems.RXNORM, code, display));
    }

    private static MedicationAdministration azacitidineGiven(String date) {
        MedicationAdministration a = new MedicationAdministration();
        a.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
        a.setMedication(rxnorm("1251", "azacitidine"));
        a.setEffective(new DateTimeType(date));
        return a;
    }

    private static List<Treatment> treatments(List<Fact> facts, Context context) {
        return facts.stream()
                .filter(f -> f.field().equals(Fields.TREATMENT) && f.context() == context)
                .map(f -> ((FactValue.Course) f.value()).treatment())
                .toList();
    }

    @Test
    void administrationsAreGroupedIntoCoursesAndCycles() {
        List<Fact> facts = importing(
                azacitidineGiven("2025-05-01"),
                azacitidineGiven("2025-05-02"),
                azacitidineGiven("2025-05-29"),
                azacitidineGiven("2025-05-30"),
                azacitidineGiven("2025-06-26"),
                azacitidineGiven("2026-01-10"));

        assertThat(treatments(facts, Context.AFFIRMED))
                .extracting(Treatment::drug, Treatment::rxnorm, Treatment::start, Treatment::end, Treatment::cycles)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("azacitidine", "1251", "2025-05-01", "2025-06-26", 3),
                        org.assertj.core.groups.Tuple.tuple("azacitidine", "1251", "2026-01-10", "2026-01-10", 1));
    }

    @Test
    void proposedDrugsAreNotTreatments() {
        MedicationRequest proposal = new MedicationRequest();
        proposal.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
        proposal.setIntent(MedicationRequest.MedicationRequestIntent.PROPOSAL);
        proposal.setMedication(new CodeableConcept().setText("Reblozyl (luspatercept-aamt)"));
        MedicationRequest onHold = new MedicationRequest();
        onHold.setStatus(MedicationRequest.MedicationRequestStatus.ONHOLD);
        onHold.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        onHold.setMedication(new CodeableConcept().setText("Procrit"));
        MedicationRequest ordered = new MedicationRequest();
        ordered.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        ordered.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
        ordered.setMedication(new CodeableConcept().setText("Revlimid 10 mg capsule"));
        ordered.setAuthoredOnElement(new DateTimeType("2026-02-01"));

        List<Fact> facts = importing(proposal, onHold, ordered);

        assertThat(treatments(facts, Context.AFFIRMED))
                .extracting(Treatment::drug)
                .containsExactly("lenalidomide");
        assertThat(treatments(facts, Context.HYPOTHETICAL))
                .extracting(Treatment::drug)
                .containsExactly("luspatercept", "epoetin alfa");
    }

    @Test
    void medicationStatementsGiveCoursesAndUnrelatedDrugsAreSkipped() {
        MedicationStatement aza = new MedicationStatement();
        aza.setStatus(MedicationStatement.MedicationStatementStatus.COMPLETED);
        aza.setMedication(new CodeableConcept().setText("Vidaza"));
        aza.setEffective(
                new Period().setStartElement(new DateTimeType("2025-05")).setEndElement(new DateTimeType("2026-03")));
        aza.addStatusReason(new CodeableConcept().setText("disease progression"));
        MedicationStatement lisinopril = new MedicationStatement();
        lisinopril.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
        lisinopril.setMedication(rxnorm("314076", "lisinopril 10 MG Oral Tablet"));

        List<Treatment> given = treatments(importing(aza, lisinopril), Context.AFFIRMED);

        assertThat(given).singleElement().satisfies(t -> {
            assertThat(t.drug()).isEqualTo("azacitidine");
            assertThat(t.start()).isEqualTo("2025-05");
            assertThat(t.end()).isEqualTo("2026-03");
            assertThat(t.stoppedReason()).isEqualTo("progression");
            assertThat(t.ongoing()).isFalse();
        });
    }

    @Test
    void aTransplantProcedureIsATreatment() {
        Procedure hct = new Procedure();
        hct.setStatus(Procedure.ProcedureStatus.COMPLETED);
        hct.setCode(new CodeableConcept().setText("Allogeneic hematopoietic stem cell transplant"));
        hct.setPerformed(new DateTimeType("2026-05-20"));
        Procedure biopsy = new Procedure();
        biopsy.setStatus(Procedure.ProcedureStatus.COMPLETED);
        biopsy.setCode(new CodeableConcept().setText("Bone marrow biopsy"));

        assertThat(treatments(importing(hct, biopsy), Context.AFFIRMED))
                .extracting(Treatment::drug, Treatment::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("allogeneic HCT", "2026-05-20"));
    }

    @Test
    void anotherCancerBesideMdsAddsNoDiseaseAndAloneIsOther() {
        Condition prostate = condition(CodeSystems.SNOMED, "126906006", "Neoplasm of prostate");
        Condition mds = condition(CodeSystems.ICD10CM, "D46.9", "Myelodysplastic syndrome, unspecified");
        Condition anemia = condition(CodeSystems.ICD10CM, "D64.9", "Anemia, unspecified");

        assertThat(importing(prostate, mds, anemia))
                .filteredOn(f -> f.field().equals(Fields.DISEASE))
                .extracting(f -> f.value().display())
                .containsExactly("MDS");
        assertThat(importing(prostate, anemia))
                .filteredOn(f -> f.field().equals(Fields.DISEASE))
                .extracting(f -> f.value().display())
                .containsExactly("other");
    }

    @Test
    void refutedAndSuspectedConditionsDoNotAffirmMds() {
        Condition refuted = condition(CodeSystems.SNOMED, "109995007", "Myelodysplastic syndrome");
        refuted.setVerificationStatus(
                new CodeableConcept().addCoding(new Coding(CodeSystems.CONDITION_VER_STATUS, "refuted", null)));
        Condition provisional = condition(CodeSystems.SNOMED, "109995007", "Myelodysplastic syndrome");
        provisional.setVerificationStatus(
                new CodeableConcept().addCoding(new Coding(CodeSystems.CONDITION_VER_STATUS, "provisional", null)));

        assertThat(importing(refuted, provisional))
                .filteredOn(f -> f.field().equals(Fields.DISEASE))
                .extracting(Fact::context)
                .containsExactly(Context.HYPOTHETICAL);
    }

    @Test
    void labsInOtherUnitsAreConvertedAndUnknownUnitsDropped() {
        Observation hb = lab("718-7", "Hemoglobin", new Quantity().setValue(89).setUnit("g/L"));
        Observation plt =
                lab("777-3", "Platelets", new Quantity().setValue(45000).setUnit("/uL"));
        Observation noUnit = lab("751-8", "Neutrophils", new Quantity().setValue(1.2));

        assertThat(importing(hb, plt, noUnit))
                .extracting(f -> f.field() + "=" + f.value().display())
                .containsExactlyInAnyOrder("labs.hemoglobin=8.9 g/dL", "labs.platelets=45 10*9/L");
    }

    @Test
    void zeroWidthSpacesInDisplayTextDoNotHideMarrowBlasts() {
        Observation blasts = new Observation();
        blasts.setStatus(Observation.ObservationStatus.FINAL);
        blasts.setCode(new CodeableConcept().setText("Bone\u200B marrow blasts"));
        blasts.setEffective(new DateTimeType("2026-03-01"));
        blasts.setValue(new Quantity()
                .setValue(7)
                .setUnit("%")
                .setSystem(CodeSystems.UCUM)
                .setCode("%"));

        assertThat(importing(blasts))
                .extracting(f -> f.field() + "=" + f.value().display())
                .containsExactly("labs.bmBlasts=7 %");
    }

    private static Observation lab(String loinc, String text, Quantity q) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(new CodeableConcept()
                .addCoding(new Coding(CodeSystems.LOINC, loinc, null))
                .setText(text));
        o.setEffective(new DateTimeType("2026-03-01T10:00:00-06:00"));
        o.setValue(q);
        return o;
    }

    private static Condition condition(String system, String code, String display) {
        Condition c = new Condition();
        c.setCode(new CodeableConcept().addCoding(new Coding(system, code, display)));
        c.setOnset(new DateTimeType("2026-01-05"));
        return c;
    }
}
