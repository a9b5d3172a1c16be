package org.recordpath.intake.processing;

import java.time.Instant;
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

    /** A reviewer's attributed decision; a correction carries the corrected value and a reason. */
    public record Review(ReviewAction action, String correctedValue, String reason, String reviewer, Instant at) {}
}
