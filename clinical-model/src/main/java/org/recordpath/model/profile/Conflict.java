package org.recordpath.model.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/** Two or more documents disagree about the same field on the same date; a navigator decides. */
public record Conflict(String field, LocalDate date, List<Candidate> candidates) {
    public Conflict {
        Objects.requireNonNull(field, "field");
        candidates = List.copyOf(candidates);
    }

    /** One of the disagreeing values, rendered as text, with its source. */
    public record Candidate(String value, Provenance provenance) {}
}
