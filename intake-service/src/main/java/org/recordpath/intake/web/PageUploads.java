package org.recordpath.intake.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.intake.documents.Documents;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The page-side JSON the patient page's script uses: an upload of one file (with the session and its CSRF token,
 * since the {@code /api/**} chain is stateless HTTP Basic) and a document's status while it is read. Errors are the
 * API's problem details.
 */
@RestController
class PageUploads {
    private final Accounts accounts;
    private final Documents documents;

    PageUploads(Accounts accounts, Documents documents) {
        this.accounts = accounts;
        this.documents = documents;
    }

    @PostMapping("/patients/{id}/uploads")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, Object> upload(Authentication auth, @PathVariable UUID id, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return status(documents.upload(accounts.viewer(auth), id, file.getOriginalFilename(), in));
        }
    }

    @GetMapping("/documents/{id}/status")
    Map<String, Object> status(Authentication auth, @PathVariable UUID id) {
        return status(documents.view(accounts.viewer(auth), id));
    }

    private static Map<String, Object> status(DocumentView d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id().toString());
        json.put("name", d.name());
        json.put("status", d.status().name());
        json.put("reason", d.reason());
        json.put(
                "page",
                d.progress() == null ? null : Integer.valueOf(d.progress().page()));
        json.put(
                "pages",
                d.progress() == null
                        ? d.pageCount()
                        : Integer.valueOf(d.progress().pages()));
        json.put("text", StatusText.of(d));
        return json;
    }
}
