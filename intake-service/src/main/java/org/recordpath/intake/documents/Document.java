package org.recordpath.intake.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored document and its processing job. Rows are created here; status, progress, lease and results are written
 * by the job queue with guarded SQL updates, so this entity is read after creation.
 */
@Entity
@Table(name = "document")
class Document {
    @Id
    private UUID id;

    @Column(name = "patient_id", nullable = false)
    private UUID patientId;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "storage_path", nullable = false)
    private String storagePath;

    @Column(name = "storage_key_id")
    private String storageKeyId;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "pages_json")
    private String pagesJson;

    @Column(name = "progress_page")
    private Integer progressPage;

    @Column(name = "progress_pages")
    private Integer progressPages;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Document() {}

    static Document queued(
            UUID id, UUID patientId, UploadName name, DocumentStore.StoredFile file, UUID uploadedBy, Instant now) {
        Document d = new Document();
        d.id = id;
        d.patientId = patientId;
        d.originalName = name.value();
        d.sizeBytes = file.size();
        d.sha256 = file.sha256();
        d.storagePath = file.relativePath();
        d.storageKeyId = file.keyId();
        d.uploadedBy = uploadedBy;
        d.uploadedAt = now;
        d.queuedAt = now;
        d.status = DocumentStatus.QUEUED;
        d.attempts = 0;
        return d;
    }

    UUID id() {
        return id;
    }

    UUID patientId() {
        return patientId;
    }

    String originalName() {
        return originalName;
    }

    String storagePath() {
        return storagePath;
    }

    /** The id of the key its file is encrypted with; null for a file stored before encryption. */
    String storageKeyId() {
        return storageKeyId;
    }

    DocumentView view() {
        DocumentView.Progress progress = status == DocumentStatus.PROCESSING && progressPage != null
                ? new DocumentView.Progress(progressPage, progressPages == null ? progressPage : progressPages)
                : null;
        return new DocumentView(
                id,
                patientId,
                originalName,
                sizeBytes,
                sha256,
                contentType,
                status,
                status == DocumentStatus.FAILED ? failureReason : null,
                progress,
                pageCount,
                PageView.fromJson(pagesJson),
                attempts,
                uploadedAt,
                finishedAt);
    }
}
