package org.recordpath.guidance.pack;

import java.util.List;
import java.util.Objects;
import org.recordpath.guidance.logic.Criterion;

/**
 * One pathway of a pack.
 *
 * @param riskGroup "lower", "higher" or "any"
 * @param requires every condition must hold
 * @param excludes any condition that holds rules the pathway out
 * @param questions question keys that concern this pathway
 * @param line where the pathway starts in the pack file
 */
public record Pathway(
        String id,
        String title,
        String riskGroup,
        Criterion requires,
        Criterion excludes,
        List<Option> options,
        String evidence,
        String fda,
        List<String> citations,
        List<String> questions,
        List<Note> notes,
        int line) {
    public Pathway {
        Objects.requireNonNull(id, "id");
        options = List.copyOf(options);
        citations = List.copyOf(citations);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /**
     * A treatment option (agent) of the pathway.
     *
     * @param rxnorm ingredient RxCUI where verified, else null
     * @param when shown only when this holds (shown with "needs ..." when unknown, unless {@code strict}); null: always
     * @param strict shown only when {@code when} is known to hold
     */
    public record Option(String agent, String rxnorm, String note, Criterion when, boolean strict) {}

    /** An explanation or caution shown when {@code when} holds and {@code unless} does not. */
    public record Note(String text, Criterion when, Criterion unless) {}
}
