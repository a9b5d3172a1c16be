package org.recordpath.intake.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A document as the API shows it.
 *
 * @param name the sanitised name it was uploaded under
 * @param reason why it failed, in plain words; null unless FAILED
 * @param progress the page being read while PROCESSING, else null
 */
public record DocumentView(
        UUID id,
        UUID patientId,
        String name,
        long size,
        String sha256,
        String contentType,
        DocumentStatus status,
        String reason,
        Progress progress,
        Integer pageCount,
        List<PageView> pages,
        int attempts,
        Instant uploadedAt,
        Instant finishedAt) {
    public DocumentView {
        pages = List.copyOf(pages);
    }

    /** "reading page {@code page} of {@code pages}". */
    public record Progress(int page, int pages) {}
}
