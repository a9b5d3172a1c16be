package org.recordpath.extraction.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recordpath.model.fact.Fact;

/** Picks among facts of one field: the most recent dated one, then the most confident. */
final class FactOrder {
    static final Comparator<Fact> RECENT_THEN_CONFIDENT = Comparator.comparing(
                    (Fact f) -> f.asOf() == null ? LocalDate.MIN : f.asOf())
            .thenComparingDouble(Fact::confidence);

    private FactOrder() {}

    static Optional<Fact> latest(List<Fact> facts, String field) {
        return facts.stream()
                .filter(f -> f.field().equals(field) && f.isAffirmed())
                .max(RECENT_THEN_CONFIDENT);
    }

    static List<Fact> affirmed(List<Fact> facts, String field) {
        return facts.stream()
                .filter(f -> f.field().equals(field) && f.isAffirmed())
                .toList();
    }
}
