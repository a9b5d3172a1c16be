package org.recordpath.intake.processing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.recordpath.extraction.DocumentExtraction;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.RecordExtractor;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.intake.documents.DocumentStatus;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.documents.JobDocument;
import org.recordpath.intake.documents.PageView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs one claimed job: reads the document with the extraction library, reporting each page as a heartbeat, then
 * stores its facts and marks it DONE in one transaction; or marks it FAILED with a plain reason. A document that
 * cannot be read fails at once (reading it again gives the same answer); an unexpected error puts the job back in the
 * queue with an exponential back-off until {@code max-attempts} claims are used up, then it ends FAILED. Never
 * throws for a bad document: the worker goes on with the next job.
 */
class DocumentProcessor {
    private static final Logger log = LoggerFactory.getLogger(DocumentProcessor.class);
    static final String INTERRUPTED = "Processing was interrupted too many times. A navigator can run it again.";

    private final RecordExtractor extractor;
    private final Documents documents;
    private final JobQueue queue;
    private final StoredFacts facts;
    private final TransactionOperations tx;
    private final ApplicationEventPublisher events;
    private final JobSettings settings;

    DocumentProcessor(
            RecordExtractor extractor,
            Documents documents,
            JobQueue queue,
            StoredFacts facts,
            TransactionOperations tx,
            ApplicationEventPublisher events,
            JobSettings settings) {
        this.extractor = extractor;
        this.documents = documents;
        this.queue = queue;
        this.facts = facts;
        this.tx = tx;
        this.events = events;
        this.settings = settings;
    }

    void process(JobQueue.Claim claim, String owner) {
        UUID id = claim.documentId();
        Optional<JobDocument> found = documents.forJob(id);
        if (found.isEmpty()) {
            return;
        }
        JobDocument document = found.get();
        if (claim.attempts() > settings.maxAttempts()) {
            finishFailed(document, owner, INTERRUPTED, null);
            return;
        }
        long started = System.nanoTime();
        try {
            DocumentExtraction read = extractor.read(
                    new SourceDocument(id.toString(), document.name(), document.path()),
                    (page, pages) -> queue.heartbeat(id, owner, page, pages, settings.lease()));
            List<PageView> pages = read.pages().stream()
                    .map(p -> new PageView(p.page(), p.method().name(), p.confidence(), p.characters()))
                    .toList();
            Boolean stored = tx.execute(status -> {
                facts.replace(id, document.patientId(), read.facts());
                if (!queue.complete(id, owner, mediaType(read.kind()), pages.size(), PageView.toJson(pages))) {
                    status.setRollbackOnly();
                    return false;
                }
                return true;
            });
            if (Boolean.TRUE.equals(stored)) {
                log.info(
                        "document {} DONE: {} pages, {} facts, {} warnings in {} ms",
                        id,
                        pages.size(),
                        read.facts().size(),
                        read.warnings().size(),
                        (System.nanoTime() - started) / 1_000_000);
                events.publishEvent(new DocumentProcessed(id, document.patientId(), DocumentStatus.DONE));
            } else {
                log.warn("document {} lost its lease before it was stored; another worker owns it", id);
            }
        } catch (UnreadableDocumentException e) {
            log.info("document {} FAILED: unreadable", id);
            finishFailed(document, owner, e.getMessage(), null);
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            String reason = "This document could not be processed (error id " + errorId + ").";
            if (claim.attempts() < settings.maxAttempts()) {
                Duration wait = settings.backoffAfter(claim.attempts());
                log.warn(
                        "document {} attempt {} of {} failed (error id {}); retrying in {}",
                        id,
                        claim.attempts(),
                        settings.maxAttempts(),
                        errorId,
                        wait,
                        e);
                queue.retryLater(id, owner, reason, errorId, queue.now().plus(wait));
                return;
            }
            log.error("document {} could not be processed (error id {}), attempt {}", id, errorId, claim.attempts(), e);
            finishFailed(document, owner, reason, errorId);
        }
    }

    private void finishFailed(JobDocument document, String owner, String reason, String errorId) {
        if (queue.fail(document.id(), owner, reason, errorId)) {
            events.publishEvent(new DocumentProcessed(document.id(), document.patientId(), DocumentStatus.FAILED));
        }
    }

    static String mediaType(DocumentKind kind) {
        switch (kind) {
            case PDF:
                return "application/pdf";
            case PNG:
                return "image/png";
            case JPEG:
                return "image/jpeg";
            case TIFF:
                return "image/tiff";
            case TEXT:
                return "text/plain";
            case FHIR_JSON:
                return "application/fhir+json";
            case FHIR_XML:
                return "application/fhir+xml";
            default:
                return "application/octet-stream";
        }
    }
}
