package org.recordpath.intake.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.audit.AuditOutcome;
import org.recordpath.intake.patients.Patients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Uploading, listing, reading and re-queuing documents for a caller. Every access checks that the caller may see the
 * document's patient; a document of someone else's patient is reported as not found. Every access, allowed or
 * refused, is recorded in the audit trail.
 */
public class Documents {
    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRepository repository;
    private final DocumentStore store;
    private final Patients patients;
    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Documents(
            DocumentRepository repository,
            DocumentStore store,
            Patients patients,
            JdbcClient jdbc,
            TransactionOperations tx,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.store = store;
        this.patients = patients;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an upload gave: the document, and whether it is one the patient already had (same SHA-256). */
    public record Upload(DocumentView document, boolean duplicate) {}

    /**
     * Streams the content to disk (synced) and commits its row as QUEUED; returns only when both are durable.
     *
     * @return the new document, or the patient's existing document with the same bytes
     * @throws RejectedUploadException for an empty file
     * @see #uploadOrFind
     */
    public DocumentView upload(Viewer viewer, UUID patientId, String originalName, InputStream content)
            throws IOException {
        return uploadOrFind(viewer, patientId, originalName, content).document();
    }

    /**
     * Streams the content to disk (encrypted, synced) and commits its row as QUEUED; returns only when both are
     * durable. When the patient already has a document with the same SHA-256 (whatever its name or status), the new
     * copy is deleted and that document is returned with {@code duplicate} set: its facts are not counted twice, and
     * a navigator re-runs it if it should be read again. Audited as an upload.
     *
     * @throws RejectedUploadException for an empty file
     */
    public Upload uploadOrFind(Viewer viewer, UUID patientId, String originalName, InputStream content)
            throws IOException {
        UUID id = UUID.randomUUID();
        return audit.audited(
                viewer, AuditAction.UPLOAD, patientId, id, () -> store(viewer, patientId, id, originalName, content));
    }

    private Upload store(Viewer viewer, UUID patientId, UUID id, String originalName, InputStream content)
            throws IOException {
        patients.require(viewer, patientId);
        DocumentStore.StoredFile file = store.store(content, patientId, id);
        if (file.size() == 0) {
            store.deleteQuietly(file.relativePath());
            throw new RejectedUploadException("The file is empty: choose the file again and re-upload it.");
        }
        try {
            Upload upload = tx.execute(status -> {
                List<Document> same = repository.findByPatientIdAndSha256OrderByUploadedAtAsc(patientId, file.sha256());
                if (!same.isEmpty()) {
                    return new Upload(same.get(0).view(), true);
                }
                Document saved = repository.save(Document.queued(
                        id, patientId, UploadName.of(originalName), file, viewer.accountId(), Instant.now(clock)));
                events.publishEvent(new DocumentQueued(id, patientId));
                return new Upload(saved.view(), false);
            });
            if (upload.duplicate()) {
                store.deleteQuietly(file.relativePath());
                log.info(
                        "upload for patient {} has the same SHA-256 as document {}; kept that one",
                        patientId,
                        upload.document().id());
            } else {
                log.info("document {} stored for patient {}: {} bytes", id, patientId, file.size());
            }
            return upload;
        } catch (RuntimeException e) {
            store.deleteQuietly(file.relativePath());
            throw e;
        }
    }

    public DocumentView view(Viewer viewer, UUID documentId) {
        return visible(viewer, documentId, AuditAction.READ_DOCUMENT).view();
    }

    public List<DocumentView> ofPatient(Viewer viewer, UUID patientId) {
        return audit.audited(viewer, AuditAction.LIST_DOCUMENTS, patientId, null, () -> {
            patients.require(viewer, patientId);
            return tx.execute(status -> repository.findByPatientIdOrderByUploadedAtDesc(patientId).stream()
                    .map(Document::view)
                    .toList());
        });
    }

    /**
     * The original bytes of a document, decrypted as they are read; the caller closes the stream.
     *
     * @throws DocumentNotFoundException as for {@link #view}
     */
    public DocumentContent content(Viewer viewer, UUID documentId) throws IOException {
        Document document = visible(viewer, documentId, AuditAction.READ_DOCUMENT_CONTENT);
        DocumentView view = document.view();
        InputStream in;
        try {
            in = store.open(document.storagePath(), document.storageKeyId());
        } catch (IOException | RuntimeException e) {
            log.error("document {} could not be opened for reading", documentId, e);
            throw e;
        }
        return new DocumentContent(view.name(), view.contentType(), view.size(), in);
    }

    /** Queues a finished (DONE or FAILED) document again; its facts are replaced when it is read again. */
    public DocumentView rerun(Viewer viewer, UUID documentId) {
        Document document = visibleUnaudited(viewer, documentId, AuditAction.RERUN);
        try {
            DocumentView queued = queueAgain(viewer, document);
            audit.record(viewer, AuditAction.RERUN, document.patientId(), documentId, AuditOutcome.ALLOWED);
            return queued;
        } catch (RuntimeException e) {
            audit.record(viewer, AuditAction.RERUN, document.patientId(), documentId, AuditOutcome.FAILED);
            throw e;
        }
    }

    private DocumentView queueAgain(Viewer viewer, Document document) {
        UUID documentId = document.id();
        tx.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                            UPDATE document SET status = 'QUEUED', attempts = 0, failure_reason = NULL, error_id = NULL,
                                progress_page = NULL, progress_pages = NULL, lease_owner = NULL, lease_until = NULL,
                                not_before = NULL, queued_at = ?
                            WHERE id = ? AND status IN ('DONE', 'FAILED')
                            """)
                    .params(OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), documentId)
                    .update();
            if (updated != 1) {
                throw new DocumentBusyException(documentId);
            }
            events.publishEvent(new DocumentQueued(documentId, document.patientId()));
        });
        log.info("document {} queued again", documentId);
        return tx.execute(
                status -> repository.findById(documentId).orElseThrow().view());
    }

    /**
     * A decrypted, owner-only copy of a document the caller may see, for showing its pages beside its facts; audited
     * as a content read. The caller closes it, which deletes the copy.
     *
     * @throws DocumentNotFoundException as for {@link #view}
     */
    public DocumentFile file(Viewer viewer, UUID documentId) throws IOException {
        Document d = visible(viewer, documentId, AuditAction.READ_DOCUMENT_CONTENT);
        PlaintextFile plain = store.plaintextCopy(d.storagePath(), d.storageKeyId());
        return new DocumentFile(
                d.id(), d.patientId(), d.originalName(), d.view().contentType(), plain);
    }

    /** For workers: the stored document, whoever uploaded it. */
    public Optional<JobDocument> forJob(UUID documentId) {
        return tx.execute(status ->
                repository.findById(documentId).map(d -> new JobDocument(d.id(), d.patientId(), d.originalName())));
    }

    /**
     * For workers: a decrypted copy of the document's bytes (owner-only, deleted when closed) for readers that need
     * a file.
     */
    public PlaintextFile plaintextCopy(JobDocument document) throws IOException {
        Document stored = tx.execute(status ->
                repository.findById(document.id()).orElseThrow(() -> new DocumentNotFoundException(document.id())));
        return store.plaintextCopy(stored.storagePath(), stored.storageKeyId());
    }

    /** The document if the caller may see it; the read is recorded in the audit trail. */
    private Document visible(Viewer viewer, UUID documentId, AuditAction action) {
        Document document = visibleUnaudited(viewer, documentId, action);
        audit.record(viewer, action, document.patientId(), documentId, AuditOutcome.ALLOWED);
        return document;
    }

    /** The document if the caller may see it; a refusal (missing or another patient's) is recorded as DENIED. */
    private Document visibleUnaudited(Viewer viewer, UUID documentId, AuditAction action) {
        Document document = tx.execute(status -> repository.findById(documentId).orElse(null));
        if (document == null) {
            audit.record(viewer, action, null, documentId, AuditOutcome.DENIED);
            throw new DocumentNotFoundException(documentId);
        }
        if (!patients.maySee(viewer, document.patientId())) {
            audit.record(viewer, action, document.patientId(), documentId, AuditOutcome.DENIED);
            throw new DocumentNotFoundException(documentId);
        }
        return document;
    }
}
