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
import org.recordpath.intake.patients.Patients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Uploading, listing and re-queuing documents for a caller. Every access checks that the caller may see the
 * document's patient; a document of someone else's patient is reported as not found.
 */
public class Documents {
    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final DocumentRepository repository;
    private final DocumentStore store;
    private final Patients patients;
    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Documents(
            DocumentRepository repository,
            DocumentStore store,
            Patients patients,
            JdbcClient jdbc,
            TransactionOperations tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.store = store;
        this.patients = patients;
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Streams the content to disk (synced) and commits its row as QUEUED; returns only when both are durable.
     *
     * @throws RejectedUploadException for an empty file
     */
    public DocumentView upload(Viewer viewer, UUID patientId, String originalName, InputStream content)
            throws IOException {
        patients.require(viewer, patientId);
        UUID id = UUID.randomUUID();
        DocumentStore.StoredFile file = store.store(content, patientId, id);
        if (file.size() == 0) {
            store.deleteQuietly(file.relativePath());
            throw new RejectedUploadException("The file is empty: choose the file again and re-upload it.");
        }
        try {
            DocumentView view = tx.execute(status -> {
                Document saved = repository.save(Document.queued(
                        id, patientId, UploadName.of(originalName), file, viewer.accountId(), Instant.now(clock)));
                events.publishEvent(new DocumentQueued(id, patientId));
                return saved.view();
            });
            log.info("document {} stored for patient {}: {} bytes", id, patientId, file.size());
            return view;
        } catch (RuntimeException e) {
            store.deleteQuietly(file.relativePath());
            throw e;
        }
    }

    public DocumentView view(Viewer viewer, UUID documentId) {
        return visible(viewer, documentId).view();
    }

    public List<DocumentView> ofPatient(Viewer viewer, UUID patientId) {
        patients.require(viewer, patientId);
        return tx.execute(status -> repository.findByPatientIdOrderByUploadedAtDesc(patientId).stream()
                .map(Document::view)
                .toList());
    }

    /** Queues a finished (DONE or FAILED) document again; its facts are replaced when it is read again. */
    public DocumentView rerun(Viewer viewer, UUID documentId) {
        Document document = visible(viewer, documentId);
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
        return view(viewer, documentId);
    }

    /** The stored file of a document the caller may see (for showing its pages beside its facts). */
    public DocumentContent content(Viewer viewer, UUID documentId) {
        Document d = visible(viewer, documentId);
        return new DocumentContent(
                d.id(), d.patientId(), d.originalName(), d.view().contentType(), store.resolve(d.storagePath()));
    }

    /** For workers: the stored document, whoever uploaded it. */
    public Optional<JobDocument> forJob(UUID documentId) {
        return tx.execute(status -> repository
                .findById(documentId)
                .map(d -> new JobDocument(d.id(), d.patientId(), d.originalName(), store.resolve(d.storagePath()))));
    }

    private Document visible(Viewer viewer, UUID documentId) {
        Document document = tx.execute(
                status -> repository.findById(documentId).orElseThrow(() -> new DocumentNotFoundException(documentId)));
        if (!patients.maySee(viewer, document.patientId())) {
            throw new DocumentNotFoundException(documentId);
        }
        return document;
    }
}
