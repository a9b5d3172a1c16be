package org.recordpath.fhir.write;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.model.profile.ClinicalProfile;

/**
 * Writes a clinical profile and its guidance as a FHIR R4 collection Bundle: the Patient (with an age
 * Observation), the cancer Condition (mCODE PrimaryCancerCondition), lab Observations (LOINC, UCUM), variant and
 * negative-gene Observations (Genomics Reporting variant profile), the karyotype Observation, MedicationStatements
 * (RxNorm) and transplant Procedures, RiskAssessments (IPSS-R, IPSS-M, the risk group) and one GuidanceResponse per
 * pathway (see {@link GuidanceResources} for why). Thread-safe.
 */
public final class FhirExporter {
    private final FhirContext context;

    private FhirExporter(FhirContext context) {
        this.context = context;
    }

    public static FhirExporter create() {
        return new FhirExporter(FhirContext.forR4Cached());
    }

    public Bundle export(ClinicalProfile profile, GuidanceReport report) {
        return export(profile, report == null ? null : GuidanceSummary.from(report));
    }

    /** As {@link #export(ClinicalProfile, GuidanceReport)}, from a summary (which may carry the computed scores). */
    public Bundle export(ClinicalProfile profile, GuidanceSummary guidance) {
        Objects.requireNonNull(profile, "profile");
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(new Date());
        Entries entries = new Entries(bundle);
        Reference patient = ProfileResources.patient(profile, entries);
        ProfileResources.condition(profile, patient, entries);
        ProfileResources.clinical(profile, patient, entries);
        List<Reference> basis = new ArrayList<>(LabResources.labs(profile.labs(), patient, entries));
        if (profile.karyotype() != null) {
            basis.add(GenomicResources.karyotype(profile.karyotype(), patient, entries));
        }
        basis.addAll(GenomicResources.variants(profile, patient, entries));
        TreatmentResources.treatments(profile.treatments(), patient, entries);
        if (guidance != null) {
            GuidanceResources.risk(guidance, profile.asOf(), patient, basis, entries);
            GuidanceResources.pathways(guidance, patient, entries);
        }
        return bundle;
    }

    public String exportJson(ClinicalProfile profile, GuidanceReport report) {
        return toJson(export(profile, report));
    }

    public String toJson(Bundle bundle) {
        return context.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }
}
