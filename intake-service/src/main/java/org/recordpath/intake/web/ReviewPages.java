package org.recordpath.intake.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.extraction.render.PageImages;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.documents.DocumentFile;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.guidance.PatientGuidance;
import org.recordpath.intake.patients.PatientSummary;
import org.recordpath.intake.patients.Patients;
import org.recordpath.intake.processing.ReviewAction;
import org.recordpath.intake.processing.ReviewQueue;
import org.recordpath.intake.processing.StoredFact;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The navigator's review: the queue of documents with unreviewed facts (oldest first), and a document's page image
 * beside its facts, each confirmed, corrected with a reason, or rejected.
 */
@Controller
class ReviewPages {
    private final Accounts accounts;
    private final ReviewQueue reviews;
    private final Documents documents;
    private final Patients patients;
    private final PatientGuidance guidance;
    private final PageImages images;
    private final AuditLog audit;
    private final RegressionCase regressionCase;

    ReviewPages(
            Accounts accounts,
            ReviewQueue reviews,
            Documents documents,
            Patients patients,
            PatientGuidance guidance,
            PageImages images,
            AuditLog audit,
            RecordExtractor extractor) {
        this.accounts = accounts;
        this.reviews = reviews;
        this.documents = documents;
        this.patients = patients;
        this.guidance = guidance;
        this.images = images;
        this.audit = audit;
        this.regressionCase = new RegressionCase(extractor);
    }

    @GetMapping("/review")
    String queue(Authentication auth, Model model) {
        Viewer viewer = accounts.viewer(auth);
        model.addAttribute("viewer", viewer);
        model.addAttribute("items", reviews.queue(viewer));
        return "review-queue";
    }

    @GetMapping("/review/documents/{id}")
    String review(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) Long fact, Model model)
            throws java.io.IOException {
        Viewer viewer = accounts.viewer(auth);
        ReviewQueue.DocumentFacts facts = reviews.open(viewer, id);
        PatientSummary patient = patients.require(viewer, facts.document().patientId());
        List<Integer> pages = facts.facts().stream()
                .map(f -> f.fact().provenance().page())
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
        model.addAttribute("viewer", viewer);
        model.addAttribute("patient", patient);
        model.addAttribute("doc", facts);
        model.addAttribute("pages", pages.isEmpty() ? List.of(1) : pages);
        try (DocumentFile content = documents.file(viewer, id)) {
            model.addAttribute("pageWidths", pageWidths(id, content));
        }
        model.addAttribute("facts", facts.facts().stream().map(ReviewRow::of).toList());
        model.addAttribute("selected", fact);
        model.addAttribute("conflicts", guidance.profile(viewer, patient.id()).conflicts());
        return "review";
    }

    /**
     * The width of each page in provenance-box pixels ({@code "1:2550,2:2550"}): the review script scales a fact's box
     * by the shown image's width over it, whatever resolution the image was rendered at. Empty when the document has
     * no page images or cannot be read (the script then marks the source text only).
     */
    private String pageWidths(UUID id, DocumentFile content) {
        try {
            return images.sizes(new SourceDocument(id.toString(), content.name(), content.path())).stream()
                    .map(p -> p.page() + ":" + p.width())
                    .collect(Collectors.joining(","));
        } catch (UnreadableDocumentException e) {
            return "";
        }
    }

    @PostMapping("/review/documents/{id}/facts/{factId}")
    String decide(
            Authentication auth,
            @PathVariable UUID id,
            @PathVariable long factId,
            @RequestParam ReviewAction action,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            reviews.review(accounts.viewer(auth), id, factId, action, value, reason);
            redirect.addFlashAttribute(
                    "message",
                    switch (action) {
                        case CONFIRMED -> "Confirmed.";
                        case CORRECTED -> "Corrected. The profile now uses the corrected value.";
                        case REJECTED -> "Rejected. The profile no longer uses this fact.";
                    });
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addAttribute("fact", factId);
        }
        return "redirect:/review/documents/" + id + "#fact-" + factId;
    }

    /**
     * The document with its reviewed facts as a regression case: a ZIP of the original file and a {@code gold.json}
     * in the dev corpus's format. 409 while none of its facts is reviewed.
     */
    @GetMapping("/review/documents/{id}/regression-case")
    ResponseEntity<byte[]> regressionCase(Authentication auth, @PathVariable UUID id) throws IOException {
        Viewer viewer = accounts.viewer(auth);
        ReviewQueue.DocumentFacts facts = reviews.open(viewer, id);
        UUID patientId = facts.document().patientId();
        if (facts.reviewedCount() == 0) {
            audit.record(viewer, AuditAction.EXPORT_REGRESSION_CASE, patientId, id, AuditOutcome.FAILED);
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(("No fact of this document has been reviewed yet: confirm or correct its facts first,"
                                    + " the regression case holds reviewed facts only.")
                            .getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = audit.audited(viewer, AuditAction.EXPORT_REGRESSION_CASE, patientId, id, () -> {
            try (DocumentFile file = documents.file(viewer, id)) {
                return regressionCase.zip(facts.document(), file.path(), facts.facts(), Instant.now());
            }
        });
        String name = "regression-case-" + id.toString().substring(0, 8) + ".zip";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(zip);
    }

    /** One fact as the review screen lists it. */
    record ReviewRow(
            long id,
            String field,
            String value,
            String date,
            int page,
            String box,
            String text,
            String method,
            int confidencePct,
            String context,
            boolean correctable,
            StoredFact.Review review) {
        static ReviewRow of(StoredFact f) {
            var p = f.fact().provenance();
            return new ReviewRow(
                    f.id(),
                    f.fact().field(),
                    f.fact().value().display(),
                    f.fact().asOf() == null ? null : f.fact().asOf().toString(),
                    p.page(),
                    p.box() == null
                            ? null
                            : p.box().x() + "," + p.box().y() + "," + p.box().w() + ","
                                    + p.box().h(),
                    p.text(),
                    p.method().name(),
                    (int) Math.round(f.fact().confidence() * 100),
                    f.fact().context().name(),
                    ReviewQueue.correctable(f.fact()),
                    f.review());
        }
    }
}
