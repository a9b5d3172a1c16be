package org.recordpath.extraction.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Conflict;

/**
 * The patient's age across documents. Ages grow, so the most recent is current; but a birth date is one fact, and
 * an OCR misreading of it ("1955" for "1952") makes a newer document's age wrong. Each age implies a birth year (its
 * date's year minus the age, give or take one for birthdays); the ages whose birth year most documents agree on
 * win (counted by document, so a repeated page header is one voice), and the most recent of those is current. Ages that imply another birth year are kept as a conflict for the
 * navigator.
 */
final class AgeAgreement {
    private static final int BIRTHDAY_SLACK = 1;

    private AgeAgreement() {}

    static Optional<Fact> current(List<Fact> ages, List<Conflict> conflicts) {
        List<Fact> dated = ages.stream().filter(f -> f.asOf() != null).toList();
        if (dated.size() < 2) {
            return ages.stream().max(FactOrder.RECENT_THEN_CONFIDENT);
        }
        List<Fact> agreeing = dated.stream()
                .max(Comparator.comparingLong((Fact f) -> support(f, dated))
                        .thenComparing(FactOrder.RECENT_THEN_CONFIDENT))
                .map(best -> dated.stream().filter(f -> agree(f, best)).toList())
                .orElse(dated);
        Fact chosen = agreeing.stream().max(FactOrder.RECENT_THEN_CONFIDENT).orElseThrow();
        List<Fact> disagreeing = dated.stream().filter(f -> !agree(f, chosen)).toList();
        if (!disagreeing.isEmpty()) {
            List<Conflict.Candidate> candidates = new ArrayList<>();
            candidates.add(candidate(chosen));
            disagreeing.forEach(f -> candidates.add(candidate(f)));
            conflicts.add(new Conflict(Fields.AGE, chosen.asOf(), candidates));
        }
        return Optional.of(chosen);
    }

    private static long support(Fact f, List<Fact> all) {
        return all.stream()
                .filter(o -> agree(o, f))
                .map(o -> o.provenance().document())
                .distinct()
                .count();
    }

    private static boolean agree(Fact a, Fact b) {
        return Math.abs(birthYear(a) - birthYear(b)) <= BIRTHDAY_SLACK;
    }

    private static int birthYear(Fact f) {
        return f.asOf().getYear() - ((FactValue.Measured) f.value()).value().intValue();
    }

    private static Conflict.Candidate candidate(Fact f) {
        return new Conflict.Candidate(f.value().display() + " (as of " + f.asOf() + ")", f.provenance());
    }
}
