package org.recordpath.intake.processing;

import java.io.IOException;
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
import org.recordpath.intake.documents.PlaintextFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs one claimed job: reads a decrypted, owner-only copy of the document (deleted afterwards) with the extraction
 * library, reporting each page as a heartbeat, then
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
    private final JobMetrics metrics;

    DocumentProcessor(
            RecordExtractor extractor,
            Documents documents,
            JobQueue queue,
            StoredFacts facts,
            TransactionOperations tx,
            ApplicationEventPublisher events,
            JobSettings settings,
            JobMetrics metrics) {
        this.metrics = metrics;
        this.extractor = extractor;
        this.documents = documents;
        this.queue = queue;
        this.facts = facts;
        this.tx = tx;
        this.events = events;
        this.settings = settings;
    }

    /** What became of a claimed job. */
    enum Outcome {
        /** Facts stored, DONE. */
        DONE,
        /** The document cannot be read: FAILED with the reason. */
        FAILED,
        /** Failed with an error too often, or interrupted too often: FAILED after {@code max-attempts}. */
        GAVE_UP,
        /** Failed with an error: QUEUED again after its back-off. */
        RETRY_LATER,
        /** The lease passed to another worker, or the document is gone: nothing was written. */
        NOT_MINE
    }

    Outcome process(JobQueue.Claim claim, String owner) {
        UUID id = claim.documentId();
        Optional<JobDocument> found = documents.forJob(id);
        if (found.isEmpty()) {
            return Outcome.NOT_MINE;
        }
        JobDocument document = found.get();
        if (claim.attempts() > settings.maxAttempts()) {
            return finishFailed(document, owner, INTERRUPTED, null) ? Outcome.GAVE_UP : Outcome.NOT_MINE;
        }
        long started = System.nanoTime();
        PageClock pageClock = new PageClock();
        try (PlaintextFile plain = documents.plaintextCopy(document)) {
            DocumentExtraction read =
                    extractor.read(new SourceDocument(id.toString(), document.name(), plain.path()), (page, pages) -> {
                        pageClock.starting(page, pages);
                        queue.heartbeat(id, owner, page, pages, settings.lease());
                    });
            metrics.documentRead(read.pages(), pageClock.durations(), System.nanoTime() - started);
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
                return Outcome.DONE;
            }
            log.warn("document {} lost its lease before it was stored; another worker owns it", id);
            return Outcome.NOT_MINE;
        } catch (UnreadableDocumentException e) {
            metrics.documentFailed(System.nanoTime() - started);
            log.info("document {} FAILED: unreadable", id);
            return finishFailed(document, owner, e.getMessage(), null) ? Outcome.FAILED : Outcome.NOT_MINE;
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            metrics.documentFailed(System.nanoTime() - started);
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
                return queue.retryLater(id, owner, reason, errorId, queue.now().plus(wait))
                        ? Outcome.RETRY_LATER
                        : Outcome.NOT_MINE;
            }
            log.error("document {} could not be processed (error id {}), attempt {}", id, errorId, claim.attempts(), e);
            return finishFailed(document, owner, reason, errorId) ? Outcome.GAVE_UP : Outcome.NOT_MINE;
        }
    }

    private boolean finishFailed(JobDocument document, String owner, String reason, String errorId) {
        if (queue.fail(document.id(), owner, reason, errorId)) {
            events.publishEvent(new DocumentProcessed(document.id(), document.patientId(), DocumentStatus.FAILED));
            return true;
        }
        return false;
    }

    /** When each page started, from the progress reports; a page lasts until the next starts or reading ends. */
    private static final class PageClock {
        private long[] starts = new long[0];

        void starting(int page, int pages) {
            if (starts.length < pages) {
                starts = java.util.Arrays.copyOf(starts, pages);
            }
            if (page >= 1 && page <= starts.length) {
                starts[page - 1] = System.nanoTime();
            }
        }

        long[] durations() {
            long end = System.nanoTime();
            long[] nanos = new long[starts.length];
            for (int i = starts.length - 1; i >= 0; i--) {
                if (starts[i] != 0) {
                    nanos[i] = end - starts[i];
                    end = starts[i];
                }
            }
            return nanos;
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
