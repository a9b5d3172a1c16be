package org.recordpath.intake.processing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.recordpath.model.fact.Fact;

/**
 * One extracted fact as stored, with its newest review.
 *
 * @param review null while nobody has reviewed it
 */
public record StoredFact(long id, UUID documentId, Fact fact, Review review) {
    public boolean reviewed() {
        return review != null;
    }

    /**
     * The fact as its reviewer left it: as extracted when confirmed, with the corrected value when corrected; empty
     * when rejected or not reviewed yet.
     */
    public Optional<Fact> asReviewed() {
        if (review == null || review.action() == ReviewAction.REJECTED) {
            return Optional.empty();
        }
        return Optional.of(
                review.action() == ReviewAction.CORRECTED ? Corrections.apply(fact, review.correctedValue()) : fact);
    }

    /** A reviewer's attributed decision; a correction carries the corrected value and a reason. */
    public record Review(ReviewAction action, String correctedValue, String reason, String reviewer, Instant at) {}
}
