package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;

/**
 * One reading of a written karyotype inside the tolerant front end: its text so far, the repairs that led to it,
 * whether it is only one of several guessed placements ({@code speculative}: dropped when it does not parse) and
 * whether clones without a cell count are allowed beside counted ones.
 */
record Candidate(String text, List<String> repairs, boolean speculative, boolean uncounted) {
    Candidate {
        repairs = List.copyOf(repairs);
    }

    static Candidate of(String text) {
        return new Candidate(text, List.of(), false, false);
    }

    /** This reading with {@code next} as text and the repair recorded; itself when the text did not change. */
    Candidate with(String next, RepairRule rule, String detail) {
        if (next.equals(text)) {
            return this;
        }
        List<String> all = new ArrayList<>(repairs);
        String entry = rule.applied(detail);
        if (!all.contains(entry)) {
            all.add(entry);
        }
        return new Candidate(next, all, speculative, uncounted);
    }

    /** This reading with {@code next} as text and one repair recorded per detail. */
    Candidate withAll(String next, RepairRule rule, List<String> details) {
        List<String> all = new ArrayList<>(repairs);
        details.forEach(d -> all.add(rule.applied(d)));
        return new Candidate(next, all, speculative, uncounted);
    }

    Candidate asSpeculative() {
        return new Candidate(text, repairs, true, uncounted);
    }

    /** This reading with clones without a cell count allowed beside counted ones. */
    Candidate allowingUncounted(String detail) {
        List<String> all = new ArrayList<>(repairs);
        all.add(RepairRule.UNCOUNTED_CLONE.applied(detail));
        return new Candidate(text, all, speculative, true);
    }
}
