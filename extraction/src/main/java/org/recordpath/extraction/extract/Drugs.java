package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.drug.DrugVocabulary;

/** Drug mentions in text, from the shared {@link DrugVocabulary} (clinical-model's {@code drugs.tsv}). */
final class Drugs {
    record Drug(String generic, String rxnorm, String drugClass, Pattern pattern) {
        boolean diseaseDirected() {
            return drugClass.equals("disease");
        }
    }

    record Found(Drug drug, int start, int end) {}

    private final List<Drug> drugs = new ArrayList<>();

    Drugs() {
        for (DrugVocabulary.Drug r : DrugVocabulary.drugs()) {
            String regex = r.writtenForms();
            Pattern p = Pattern.compile(
                    regex.contains("\\bEPO\\b") || regex.contains("\\bAZA\\b") || regex.contains("\\bDAC\\b")
                            ? caseSensitiveAbbreviations(regex)
                            : "(?i)" + regex);
            drugs.add(new Drug(r.generic(), r.rxnorm(), r.drugClass(), p));
        }
    }

    /** Upper-case abbreviations ("EPO", "AZA", "DAC") only match in upper case; the rest of the row ignores case. */
    private static String caseSensitiveAbbreviations(String regex) {
        StringBuilder out = new StringBuilder();
        for (String alt : regex.split("\\|(?![^(]*\\))")) {
            if (out.length() > 0) {
                out.append('|');
            }
            boolean upper = alt.matches("\\\\b[A-Z]{2,4}\\\\b.*");
            out.append(upper ? alt : "(?i:" + alt + ")");
        }
        return out.toString();
    }

    /** Drug mentions left to right; a brand right after its generic ("Azacitidine (Vidaza)") is one mention. */
    List<Found> find(String text) {
        List<Found> all = new ArrayList<>();
        for (Drug d : drugs) {
            Matcher m = d.pattern().matcher(text);
            while (m.find()) {
                all.add(new Found(d, m.start(), m.end()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Found> kept = new ArrayList<>();
        for (Found f : all) {
            Found prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (prev != null
                    && (f.start() < prev.end()
                            || (prev.drug().generic().equals(f.drug().generic()) && f.start() - prev.end() < 4))) {
                continue;
            }
            kept.add(f);
        }
        return kept;
    }
}
