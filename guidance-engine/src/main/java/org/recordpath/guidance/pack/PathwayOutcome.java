package org.recordpath.guidance.pack;

import java.util.List;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.guidance.logic.Truth;

/**
 * The result of one pathway for one patient.
 *
 * @param why for NOT_MATCHED the first failing gate or criterion; for MATCH what made it hold; for POSSIBLE what is
 *     missing
 * @param missing the unknown facts that could change the outcome (POSSIBLE only)
 * @param steps every reasoning step with the facts it used
 * @param options the agents shown for this patient
 * @param notes cautions and explanations that apply
 */
public record PathwayOutcome(
        String id,
        String title,
        Status status,
        String why,
        List<MissingFact> missing,
        List<Step> steps,
        List<ShownOption> options,
        String evidence,
        String fda,
        List<String> citations,
        List<String> notes) {
    public PathwayOutcome {
        missing = List.copyOf(missing);
        steps = List.copyOf(steps);
        options = List.copyOf(options);
        citations = List.copyOf(citations);
        notes = List.copyOf(notes);
    }

    /**
     * An unknown fact and what the outcome would become for each of its values.
     *
     * @param fact the criterion that is unknown, e.g. {@code labs.serumEpo <= 500 mU/mL}
     * @param questions question keys that would settle it
     * @param ifTrue the outcome if it held
     * @param ifFalse the outcome if it did not
     */
    public record MissingFact(String fact, List<String> questions, Status ifTrue, Status ifFalse) {
        public MissingFact {
            questions = List.copyOf(questions);
        }
    }

    /** One decided criterion (gate, requirement or exclusion) with its facts. */
    public record Step(String part, String criterion, Truth truth, String because, List<FactUse> facts) {
        public Step {
            facts = List.copyOf(facts);
        }
    }

    /** An option as shown; {@code needs} says what is still to be known when its condition is unknown. */
    public record ShownOption(String agent, String rxnorm, String note, String needs) {}
}
