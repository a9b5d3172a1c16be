package org.recordpath.intake.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.recordpath.fhir.write.FhirExporter;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.guidance.PatientGuidance;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.StoredFacts;
import org.recordpath.model.profile.ClinicalProfile;
import org.springframework.http.CacheControl;
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
 * karyotype, treatments, transfusions, each value with its date and source) and every pathway with its status,
 * reasons, evidence and citations; the same summary on one printable page and as a PDF; and the profile with its
 * guidance as a FHIR R4 bundle.
 */
@Controller
class ClinicianPages {
    private final Accounts accounts;
    private final Patients patients;
    private final PatientGuidance guidance;
    private final Documents documents;
    private final StoredFacts facts;
    private final SummaryPdf pdf;
    private final AuditLog audit;
    private final FhirExporter fhir = FhirExporter.create();

    ClinicianPages(
            Accounts accounts,
            Patients patients,
            PatientGuidance guidance,
            Documents documents,
            StoredFacts facts,
            SummaryPdf pdf,
            AuditLog audit) {
        this.accounts = accounts;
        this.patients = patients;
        this.guidance = guidance;
        this.documents = documents;
        this.facts = facts;
        this.pdf = pdf;
        this.audit = audit;
    }

    @GetMapping("/patients/{id}/summary")
    String summary(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAllAttributes(summaryModel(accounts.viewer(auth), id));
        return "summary";
    }

    @GetMapping("/patients/{id}/summary/print")
    String print(Authentication auth, @PathVariable UUID id, Model model) {
        model.addAllAttributes(summaryModel(accounts.viewer(auth), id));
        model.addAttribute("pdf", false);
        return "summary-print";
    }

    /** The printable summary as a PDF download: an export of health data, so it is audited as one. */
    @GetMapping("/patients/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(Authentication auth, @PathVariable UUID id) {
        Viewer viewer = accounts.viewer(auth);
        byte[] body = audit.audited(
                viewer, AuditAction.EXPORT_SUMMARY_PDF, id, null, () -> pdf.render(summaryModel(viewer, id)));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("recordpath-summary-" + id + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private Map<String, Object> summaryModel(Viewer viewer, UUID id) {
        ClinicalProfile profile = guidance.profile(viewer, id);
        GuidanceReport report = guidance.guidance(viewer, id);
        SourceLinks sources = new SourceLinks(documents.ofPatient(viewer, id));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("viewer", viewer);
        model.put("patient", patients.require(viewer, id));
        model.put("profile", profile);
        model.put("guidance", report);
        model.put("plain", PlainGuidance.of(profile, report));
        model.put("view", ClinicianView.of(profile, report, facts.ofPatient(id), sources));
        model.put("sources", sources);
        model.put("text", PageText.INSTANCE);
        model.put("labs", LabRow.of(profile.labs()));
        model.put("today", LocalDate.now());
        model.put("chart", LabChart.svg(LabChart.series(profile), LabChart.markers(profile)));
        return model;
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
