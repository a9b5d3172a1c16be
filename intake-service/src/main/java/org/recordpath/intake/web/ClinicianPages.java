package org.recordpath.intake.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.recordpath.fhir.write.FhirExporter;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.guidance.PatientGuidance;
import org.recordpath.intake.patients.Patients;
import org.recordpath.model.profile.ClinicalProfile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The clinician's summary of a patient (diagnosis and classification, IPSS-R and IPSS-M with their inputs, mutations,
 * karyotype, treatments, transfusions) and every pathway with its status, reasons, evidence and citations; and the
 * profile with its guidance as a FHIR R4 bundle.
 */
@Controller
class ClinicianPages {
    private final Accounts accounts;
    private final Patients patients;
    private final PatientGuidance guidance;
    private final AuditLog audit;
    private final FhirExporter fhir = FhirExporter.create();

    ClinicianPages(Accounts accounts, Patients patients, PatientGuidance guidance, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.patients = patients;
        this.guidance = guidance;
    }

    @GetMapping("/patients/{id}/summary")
    String summary(Authentication auth, @PathVariable UUID id, Model model) {
        Viewer viewer = accounts.viewer(auth);
        ClinicalProfile profile = guidance.profile(viewer, id);
        GuidanceReport report = guidance.guidance(viewer, id);
        model.addAttribute("viewer", viewer);
        model.addAttribute("patient", patients.require(viewer, id));
        model.addAttribute("profile", profile);
        model.addAttribute("guidance", report);
        model.addAttribute("plain", PlainGuidance.of(profile, report));
        model.addAttribute("labs", LabRow.of(profile.labs()));
        model.addAttribute("chart", LabChart.svg(LabChart.series(profile), LabChart.markers(profile)));
        return "summary";
    }

    @GetMapping("/patients/{id}/fhir")
    ResponseEntity<byte[]> fhir(Authentication auth, @PathVariable UUID id) {
        Viewer viewer = accounts.viewer(auth);
        String json = audit.audited( // #11: the page's download is an export like the API's
                viewer,
                AuditAction.EXPORT_FHIR,
                id,
                null,
                () -> fhir.exportJson(guidance.profile(viewer, id), guidance.guidance(viewer, id)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/fhir+json"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("recordpath-" + id + ".fhir.json")
                                .build()
                                .toString())
                .body(json.getBytes(StandardCharsets.UTF_8));
    }
}
