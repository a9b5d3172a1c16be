package org.recordpath.intake.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.Role;
import org.recordpath.intake.accounts.Viewer;
import org.recordpath.intake.audit.AuditAction;
import org.recordpath.intake.audit.AuditLog;
import org.recordpath.intake.documents.DocumentNotFoundException;
import org.recordpath.intake.documents.DocumentView;
import org.recordpath.intake.documents.Documents;
import org.recordpath.intake.patients.Patients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Navigators review what was read: a queue of documents with unreviewed facts (oldest first), and per fact a
 * confirmation, a correction with a reason, or a rejection, each stored as a new attributed row. A document is
 * reviewed once every one of its facts is.
 */
public class ReviewQueue {
    private final StoredFacts facts;
    private final Documents documents;
    private final Patients patients;
    private final TransactionOperations tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    ReviewQueue(
            StoredFacts facts,
            Documents documents,
            Patients patients,
            TransactionOperations tx,
            ApplicationEventPublisher events,
            Clock clock,
            AuditLog audit) {
        this.audit = audit;
        this.facts = facts;
        this.documents = documents;
        this.patients = patients;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** A document waiting for review. */
    public record Item(UUID documentId, UUID patientId, String name, Instant uploadedAt, int facts, int reviewed) {}

    /** A document with its facts, for the review screen. */
    public record DocumentFacts(DocumentView document, List<StoredFact> facts) {
        public DocumentFacts {
            facts = List.copyOf(facts);
        }

        public boolean reviewed() {
            return facts.stream().allMatch(StoredFact::reviewed);
        }

        public long reviewedCount() {
            return facts.stream().filter(StoredFact::reviewed).count();
        }
    }

    /** Whether a reviewer can type a corrected value for this fact (numbers, text, yes/no). */
    public static boolean correctable(org.recordpath.model.fact.Fact fact) {
        return Corrections.correctable(fact);
    }

    public static boolean mayReview(Viewer viewer) {
        return viewer.is(Role.NAVIGATOR) || viewer.is(Role.ADMIN);
    }

    /** Documents of the caller's patients with unreviewed facts, oldest upload first. */
    public List<Item> queue(Viewer viewer) {
        require(viewer);
        return audit.audited(
                viewer,
                AuditAction.LIST_REVIEW_QUEUE,
                null,
                null,
                () -> facts.awaitingReview().stream()
                        .filter(i -> patients.maySee(viewer, i.patientId()))
                        .toList());
    }

    /** A document with its facts; audited as {@code READ_FACTS} (#11). */
    public DocumentFacts open(Viewer viewer, UUID documentId) {
        require(viewer);
        DocumentView document = documents.view(viewer, documentId);
        return audit.audited(
                viewer,
                AuditAction.READ_FACTS,
                document.patientId(),
                documentId,
                () -> new DocumentFacts(document, facts.ofDocument(documentId)));
    }

    /**
     * Stores the caller's decision about one fact of the document; audited as {@code REVIEW_FACT} (a change to health
     * data, #11), FAILED when refused.
     *
     * @throws IllegalArgumentException when a correction has no reason or a value not of the fact's kind
     */
    public void review(
            Viewer viewer, UUID documentId, long factId, ReviewAction action, String correctedValue, String reason) {
        require(viewer);
        DocumentView document = documents.view(viewer, documentId);
        audit.audited(viewer, AuditAction.REVIEW_FACT, document.patientId(), documentId + "/" + factId, () -> {
            store(viewer, document, factId, action, correctedValue, reason);
            return action;
        });
    }

    private void store(
            Viewer viewer,
            DocumentView document,
            long factId,
            ReviewAction action,
            String correctedValue,
            String reason) {
        UUID documentId = document.id();
        StoredFact fact = facts.ofDocument(documentId).stream()
                .filter(f -> f.id() == factId)
                .findFirst()
                .orElseThrow(() -> new DocumentNotFoundException(documentId));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String value = null;
        if (action == ReviewAction.CORRECTED) {
            if (why == null) {
                throw new IllegalArgumentException("Say why the value is corrected.");
            }
            Corrections.apply(fact.fact(), correctedValue);
            value = correctedValue.strip();
        }
        StoredFact.Review review = new StoredFact.Review(action, value, why, viewer.username(), Instant.now(clock));
        tx.executeWithoutResult(status -> {
            facts.review(factId, documentId, review, viewer.accountId());
            events.publishEvent(new FactsReviewed(documentId, document.patientId()));
        });
    }

    private static void require(Viewer viewer) {
        if (!mayReview(viewer)) {
            throw new AccessDeniedException("only navigators review facts");
        }
    }
}
