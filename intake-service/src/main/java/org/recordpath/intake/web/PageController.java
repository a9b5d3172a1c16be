package org.recordpath.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.documents.RejectedUploadException;
import org.recordpath.intake.guidance.PatientGuidance;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.ReviewQueue;
import org.recordpath.model.profile.ClinicalProfile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The minimal pages: login, a home per role, a patient page with upload, documents, profile and guidance. */
@Controller
class PageController {
    private final Accounts accounts;
    private final Patients patients;
    private final Documents documents;
    private final PatientGuidance guidance;

    PageController(Accounts accounts, Patients patients, Documents documents, PatientGuidance guidance) {
        this.accounts = accounts;
        this.patients = patients;
        this.documents = documents;
        this.guidance = guidance;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        Viewer viewer = accounts.viewer(auth);
        if (viewer.is(Role.PATIENT)) {
            return "redirect:/patients/" + viewer.patientId();
        }
        if (viewer.is(Role.ADMIN)) {
            return "redirect:/admin";
        }
        model.addAttribute("viewer", viewer);
        model.addAttribute("patients", patients.visibleTo(viewer));
        return "staff-home";
    }

    @GetMapping("/admin")
    String admin(Authentication auth, Model model) {
        Viewer viewer = accounts.viewer(auth);
        model.addAttribute("viewer", viewer);
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("patients", patients.visibleTo(viewer));
        return "admin-home";
    }

    @GetMapping("/patients/{id}")
    String patient(Authentication auth, @PathVariable UUID id, Model model) {
        Viewer viewer = accounts.viewer(auth);
        ClinicalProfile profile = guidance.profile(viewer, id);
        GuidanceReport report = guidance.guidance(viewer, id);
        model.addAttribute("viewer", viewer);
        model.addAttribute("patient", patients.require(viewer, id));
        model.addAttribute("documents", documents.ofPatient(viewer, id));
        model.addAttribute("labs", LabRow.of(profile.labs()));
        model.addAttribute(
                "karyotype",
                profile.karyotype() == null ? null : profile.karyotype().iscn());
        model.addAttribute("guidance", report);
        model.addAttribute("plain", PlainGuidance.of(profile, report));
        model.addAttribute("chart", LabChart.svg(LabChart.series(profile), LabChart.markers(profile)));
        model.addAttribute("series", LabChart.series(profile));
        model.addAttribute("markers", LabChart.markers(profile));
        model.addAttribute("mayRerun", viewer.is(Role.NAVIGATOR) || viewer.is(Role.ADMIN));
        model.addAttribute("mayReview", ReviewQueue.mayReview(viewer));
        model.addAttribute("staff", !viewer.is(Role.PATIENT));
        return "patient";
    }

    @PostMapping("/patients/{id}/documents")
    String upload(
            Authentication auth,
            @PathVariable UUID id,
            @RequestParam("file") List<MultipartFile> files,
            RedirectAttributes redirect)
            throws IOException {
        int stored = 0;
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                documents.upload(accounts.viewer(auth), id, file.getOriginalFilename(), in);
                stored++;
            } catch (RejectedUploadException e) {
                redirect.addFlashAttribute("message", e.getMessage());
                return "redirect:/patients/" + id;
            }
        }
        redirect.addFlashAttribute(
                "message",
                stored == 1 ? "Uploaded. It is being read now." : stored + " files uploaded. They are being read now.");
        return "redirect:/patients/" + id;
    }

    @PostMapping("/documents/{id}/rerun")
    String rerun(Authentication auth, @PathVariable UUID id) {
        Viewer viewer = accounts.viewer(auth);
        UUID patientId = documents.rerun(viewer, id).patientId();
        return "redirect:/patients/" + patientId;
    }
}
