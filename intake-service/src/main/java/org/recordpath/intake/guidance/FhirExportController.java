package org.recordpath.intake.guidance;

import java.util.UUID;
import org.recordpath.fhir.write.FhirExporter;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.model.profile.ClinicalProfile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A patient's profile and guidance as one FHIR R4 Bundle (fhir-mappings' exporter: Patient, the mCODE cancer
 * condition, lab and Genomics Reporting observations, karyotype, medications, IPSS-R/IPSS-M risk assessments and
 * the guidance), for whoever may see the patient; audited as an export (and as the reads it is made of).
 */
@RestController
class FhirExportController {
    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final PatientGuidance guidance;
    private final Accounts accounts;
    private final AuditLog audit;
    private final FhirExporter exporter = FhirExporter.create();

    FhirExportController(PatientGuidance guidance, Accounts accounts, AuditLog audit) {
        this.guidance = guidance;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/api/patients/{patientId}/fhir")
    ResponseEntity<String> export(Authentication auth, @PathVariable UUID patientId) {
        Viewer viewer = accounts.viewer(auth);
        String bundle = audit.audited(viewer, AuditAction.EXPORT_FHIR, patientId, null, () -> {
            ClinicalProfile profile = guidance.profile(viewer, patientId);
            GuidanceReport report = guidance.guidance(viewer, patientId);
            return exporter.exportJson(profile, report);
        });
        return ResponseEntity.ok().contentType(FHIR_JSON).body(bundle);
    }
}
