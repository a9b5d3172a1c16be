package org.recordpath.guidance.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of one atomic check: its truth, the reason in words, the facts it used and the question keys that would
 * settle it when it is unknown (or confirm an assumption it made).
 */
public record Finding(Truth truth, String because, List<FactUse> facts, List<String> questions) {
    public Finding {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(because, "because");
        facts = List.copyOf(facts);
        questions = List.copyOf(questions);
    }

    public static Finding of(Truth truth, String because, List<FactUse> facts, List<String> questions) {
        return new Finding(truth, because, facts, questions);
    }

    /** The same finding with more facts and questions (e.g. from a sub-predicate). */
    public Finding with(List<FactUse> moreFacts, List<String> moreQuestions) {
        List<FactUse> f = new ArrayList<>(facts);
        moreFacts.stream().filter(x -> !f.contains(x)).forEach(f::add);
        List<String> q = new ArrayList<>(questions);
        moreQuestions.stream().filter(x -> !q.contains(x)).forEach(q::add);
        return new Finding(truth, because, f, q);
    }
}
