package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.Vocabulary;
import org.recordpath.model.profile.Analyte;

/** The written labels of the blood analytes ({@code labs.tsv}) with their plausible canonical ranges. */
final class AnalyteLabels {
    /** A label found in text: the analyte and the label's span. */
    record Found(Label label, int start, int end) {}

    record Label(Analyte analyte, Pattern pattern, BigDecimal min, BigDecimal max) {
        boolean plausible(BigDecimal v) {
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
    }

    private static final String ALIAS = "(?:\\s*\\((?:[A-Za-z#]{2,8})\\))?";

    private final List<Label> labels = new ArrayList<>();

    AnalyteLabels() {
        for (List<String> row : Vocabulary.load("labs.tsv").rows()) {
            Analyte analyte = Analyte.byKey(row.get(0)).orElseThrow();
            Pattern p = Pattern.compile("(?i)(?<![\\w-])(?:" + row.get(1) + ")(?![\\w-])" + ALIAS);
            labels.add(new Label(analyte, p, new BigDecimal(row.get(2)), new BigDecimal(row.get(3))));
        }
    }

    /** Every label mention in a text, left to right, longest first where they overlap. */
    List<Found> findAll(String text) {
        List<Found> all = new ArrayList<>();
        for (Label l : labels) {
            Matcher m = l.pattern().matcher(text);
            while (m.find()) {
                all.add(new Found(l, m.start(), m.end()));
            }
        }
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Found> kept = new ArrayList<>();
        int covered = -1;
        for (Found f : all) {
            if (f.start() >= covered) {
                kept.add(f);
                covered = f.end();
            }
        }
        return kept;
    }

    /** The label a table row starts with (after stray OCR marks), if any. */
    Optional<Found> rowLabel(String line) {
        int i = 0;
        while (i < line.length() && i < 4 && !Character.isLetter(line.charAt(i))) {
            i++;
        }
        for (Found f : findAll(line)) {
            if (f.start() == i) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
