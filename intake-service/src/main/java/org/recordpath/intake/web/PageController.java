package org.recordpath.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.audit.AuditPage;
import org.recordpath.intake.audit.AuditQuery;
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

/**
 * The minimal pages: login, a home per role, a patient page with upload, documents, profile and guidance, and the
 * audit trail for admins.
 */
@Controller
class PageController {
    private final Accounts accounts;
    private final Patients patients;
    private final Documents documents;
    private final PatientGuidance guidance;
    private final AuditLog audit;

    PageController(
            Accounts accounts, Patients patients, Documents documents, PatientGuidance guidance, AuditLog audit) {
        this.accounts = accounts;
        this.patients = patients;
        this.documents = documents;
        this.guidance = guidance;
        this.audit = audit;
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

    /** The audit trail with filters; fields that do not parse are reported on the page and do not filter. */
    @GetMapping("/admin/audit")
    String audit(
            Authentication auth,
            @RequestParam(required = false) String patient,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        Viewer viewer = accounts.viewer(auth);
        List<String> errors = new ArrayList<>();
        UUID patientId = parse(patient, UUID::fromString, "Patient must be a record id.", errors);
        AuditAction actionFilter =
                parse(action, AuditAction::valueOf, "Action must be one of the listed actions.", errors);
        Instant fromInstant = parse(from, Instant::parse, "From must be an instant like 2026-01-31T00:00:00Z.", errors);
        Instant toInstant = parse(to, Instant::parse, "To must be an instant like 2026-01-31T00:00:00Z.", errors);
        AuditPage events = audit.search(new AuditQuery(
                patientId, user, actionFilter, fromInstant, toInstant, Math.max(page, 0), AuditQuery.DEFAULT_SIZE));
        audit.record(viewer, AuditAction.READ_AUDIT, patientId, null, AuditOutcome.ALLOWED);
        model.addAttribute("viewer", viewer);
        model.addAttribute("events", events);
        model.addAttribute("errors", errors);
        model.addAttribute("patient", patient);
        model.addAttribute("user", user);
        model.addAttribute("action", action);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "admin-audit";
    }

    private static <T> T parse(String value, Function<String, T> parser, String message, List<String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (RuntimeException e) {
            errors.add(message);
            return null;
        }
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
        model.addAttribute("text", PageText.INSTANCE);
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
        int duplicates = 0;
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                if (documents
                        .uploadOrFind(accounts.viewer(auth), id, file.getOriginalFilename(), in)
                        .duplicate()) {
                    duplicates++;
                } else {
                    stored++;
                }
            } catch (RejectedUploadException e) {
                redirect.addFlashAttribute("message", e.getMessage());
                return "redirect:/patients/" + id;
            }
        }
        String message =
                stored == 1 ? "Uploaded. It is being read now." : stored + " files uploaded. They are being read now.";
        if (duplicates > 0) {
            message = (stored == 0 ? "" : message + " ")
                    + (duplicates == 1 ? "One file was" : duplicates + " files were")
                    + " uploaded before; the earlier copy is kept.";
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:/patients/" + id;
    }

    @PostMapping("/documents/{id}/rerun")
    String rerun(Authentication auth, @PathVariable UUID id) {
        Viewer viewer = accounts.viewer(auth);
        UUID patientId = documents.rerun(viewer, id).patientId();
        return "redirect:/patients/" + patientId;
    }
}
