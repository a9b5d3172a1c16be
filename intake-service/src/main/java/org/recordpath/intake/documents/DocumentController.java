package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.Accounts;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentController {
    private final Documents documents;
    private final Accounts accounts;

    DocumentController(Documents documents, Accounts accounts) {
        this.documents = documents;
        this.accounts = accounts;
    }

    /** {@code duplicate}: the patient already had this file (same SHA-256); {@code id} is that document. */
    record Accepted(UUID id, DocumentStatus status, boolean duplicate) {}

    @PostMapping(path = "/api/patients/{patientId}/documents", consumes = "multipart/form-data")
    ResponseEntity<Accepted> upload(
            Authentication auth, @PathVariable UUID patientId, @RequestParam("file") MultipartFile file)
            throws IOException {
        Documents.Upload upload;
        try (InputStream in = file.getInputStream()) {
            upload = documents.uploadOrFind(accounts.viewer(auth), patientId, file.getOriginalFilename(), in);
        }
        DocumentView stored = upload.document();
        // 202: stored and queued; 200: the patient already had these bytes, here is that document
        return ResponseEntity.status(upload.duplicate() ? 200 : 202)
                .location(URI.create("/api/documents/" + stored.id()))
                .body(new Accepted(stored.id(), stored.status(), upload.duplicate()));
    }

    @GetMapping("/api/patients/{patientId}/documents")
    List<DocumentView> ofPatient(Authentication auth, @PathVariable UUID patientId) {
        return documents.ofPatient(accounts.viewer(auth), patientId);
    }

    @GetMapping("/api/documents/{id}")
    DocumentView view(Authentication auth, @PathVariable UUID id) {
        return documents.view(accounts.viewer(auth), id);
    }

    /** The original bytes, decrypted as they stream out, with the detected content type. */
    @GetMapping("/api/documents/{id}/content")
    ResponseEntity<Resource> content(Authentication auth, @PathVariable UUID id) throws IOException {
        DocumentContent content = documents.content(accounts.viewer(auth), id);
        MediaType type = content.contentType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(content.contentType());
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(content.stream()));
    }

    @PostMapping("/api/documents/{id}/rerun")
    ResponseEntity<Accepted> rerun(Authentication auth, @PathVariable UUID id) {
        DocumentView queued = documents.rerun(accounts.viewer(auth), id);
        return ResponseEntity.accepted().body(new Accepted(queued.id(), queued.status(), false));
    }
}
