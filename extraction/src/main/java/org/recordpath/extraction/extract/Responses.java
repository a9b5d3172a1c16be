package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private Optional<String> first(String field, String text) {
        for (Term t : terms) {
            if (t.field().equals(field) && t.pattern().matcher(text).find()) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }
}
