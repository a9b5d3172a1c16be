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

    record Label(Analyte analyte, Pattern pattern, BigDecimal min, BigDecimal max, List<String> ocrForms) {
        boolean plausible(BigDecimal v) {
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
    }

    private static final String ALIAS = "(?:\\s*\\((?:[A-Za-z#]{2,8})\\))?";

    /** A laboratory's test code before the analyte's name ("FERR - Ferritin", "HGB – Hemoglobin"), #13. */
    private static final Pattern TEST_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}\\s+[-–]\\s+");

    private static final Pattern FIRST_WORD = Pattern.compile("^([A-Za-z]{3,14})\\b");

    private final List<Label> labels = new ArrayList<>();
    private final java.util.Set<String> otherLabels = new java.util.HashSet<>();

    AnalyteLabels() {
        for (List<String> row : Vocabulary.load("labs.tsv").rows()) {
            Analyte analyte = Analyte.byKey(row.get(0)).orElseThrow();
            Pattern p = Pattern.compile("(?i)(?<![\\w-])(?:" + row.get(1) + ")(?![\\w-])" + ALIAS);
            List<String> forms = List.of(Vocabulary.cell(row, 4).split(","));
            labels.add(new Label(analyte, p, new BigDecimal(row.get(2)), new BigDecimal(row.get(3)), forms));
        }
        for (List<String> row : Vocabulary.load("other-labs.txt").rows()) {
            otherLabels.add(row.get(0));
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
        all.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
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
        Matcher code = TEST_CODE.matcher(line).region(i, line.length());
        int named = code.lookingAt() ? code.end() : -1;
        Found atStart = null;
        for (Found f : findAll(line)) {
            if (f.start() == i) {
                atStart = f;
            } else if (f.start() == named && (atStart == null || atStart.label() == f.label())) {
                return Optional.of(f);
            }
        }
        return Optional.ofNullable(atStart);
    }

    /**
     * A results-table row label misread by OCR in one letter ("WEc" for WBC, "Hemogiobin"), never a label of another
     * test ({@code other-labs.txt}).
     */
    Optional<Found> nearMissRowLabel(String line) {
        int i = 0;
        while (i < line.length() && i < 4 && !Character.isLetter(line.charAt(i))) {
            i++;
        }
        Matcher m = FIRST_WORD.matcher(line.substring(i));
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (otherLabels.contains(word)) {
            return Optional.empty();
        }
        Found found = null;
        for (Label l : labels) {
            for (String form : l.ocrForms()) {
                if (!form.isBlank() && distance(word, form) == 1) {
                    if (found != null && found.label() != l) {
                        return Optional.empty();
                    }
                    found = new Found(l, i, i + m.end(1));
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
