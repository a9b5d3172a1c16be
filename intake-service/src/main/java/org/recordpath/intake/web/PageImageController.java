package org.recordpath.intake.web;

import java.io.IOException;
import java.util.UUID;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.extraction.render.NoPageImageException;
import org.recordpath.extraction.render.PageImage;
import org.recordpath.extraction.render.PageImages;
import org.recordpath.extraction.render.PageTooLargeException;
import org.recordpath.extraction.render.RenderBusyException;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.documents.DocumentFile;
import org.recordpath.intake.documents.DocumentNotFoundException;
import org.recordpath.intake.documents.Documents;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A page of a stored document as an image, for the review screen, rendered by extraction's {@link PageImages} within
 * the reader's pixel limit and a shared pixel budget (#11): a page too large to show answers 422 with the reason, a
 * full budget 503 with {@code Retry-After}.
 */
@Controller
class PageImageController {
    private final Accounts accounts;
    private final Documents documents;
    private final PageImages images;

    PageImageController(Accounts accounts, Documents documents, PageImages images) {
        this.accounts = accounts;
        this.documents = documents;
        this.images = images;
    }

    @GetMapping("/documents/{id}/pages/{page}")
    ResponseEntity<byte[]> page(Authentication auth, @PathVariable UUID id, @PathVariable int page)
            throws IOException, PageTooLargeException, RenderBusyException, UnreadableDocumentException {
        PageImage image;
        try (DocumentFile file = documents.file(accounts.viewer(auth), id)) {
            image = images.render(new SourceDocument(id.toString(), file.name(), file.path()), page);
        } catch (NoPageImageException e) {
            throw new DocumentNotFoundException(id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noStore())
                .body(image.bytes());
    }

    /** The page exists but cannot be shown: too large, or a damaged file; the message is plain words, no PHI. */
    @ExceptionHandler({PageTooLargeException.class, UnreadableDocumentException.class})
    ResponseEntity<ProblemDetail> cannotShow(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setTitle("This page cannot be shown");
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(RenderBusyException.class)
    ResponseEntity<ProblemDetail> busy(RenderBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Busy rendering pages");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }
}
