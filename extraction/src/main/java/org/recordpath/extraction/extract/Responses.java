package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.Vocabulary;

/** IWG response terms and reasons for stopping a treatment, as written, mapped to contract values ({@code responses.tsv}). */
final class Responses {
    private record Term(String field, String value, Pattern pattern) {}

    private final List<Term> terms = new ArrayList<>();

    Responses() {
        for (List<String> r : Vocabulary.load("responses.tsv").rows()) {
            terms.add(new Term(r.get(0), r.get(1), Pattern.compile("(?i)" + r.get(2))));
        }
    }

    Optional<String> response(String text) {
        return first("response", text);
    }

    Optional<String> stoppedReason(String text) {
        return first("stopped", text);
    }

    /** The term written first in the text; where two start at the same place, the one listed first. */
    private Optional<String> first(String field, String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Term t : terms) {
            Matcher m = t.pattern().matcher(text);
            if (t.field().equals(field) && m.find() && m.start() < at) {
                best = t.value();
                at = m.start();
            }
        }
        return Optional.ofNullable(best);
    }
}
