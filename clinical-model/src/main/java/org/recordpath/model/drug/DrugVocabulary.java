package org.recordpath.model.drug;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one drug vocabulary ({@code drugs.tsv}, pathways.md section 3.1): generic name, RxNorm ingredient code, class
 * and written forms. Extraction finds drugs in text with it; the guidance engine normalises a profile's treatment
 * names with it, so both read a brand name ("Revlimid", "Inqovi", "Aranesp") the same way.
 */
public final class DrugVocabulary {
    private static final List<Drug> DRUGS = load();
    private static final List<Pattern> FORMS =
            DRUGS.stream().map(d -> Pattern.compile("(?i)" + d.writtenForms())).toList();

    private DrugVocabulary() {}

    /**
     * One row of the vocabulary.
     *
     * @param rxnorm ingredient RxCUI where verified, else null
     * @param drugClass "disease" (disease-directed), "supportive" or "hct"
     * @param writtenForms regular expression of the written forms, as in the file (case handling is the caller's)
     * @param wholeNames exact field values that also name this drug (e.g. "EPO" as a treatment name)
     */
    public record Drug(String generic, String rxnorm, String drugClass, String writtenForms, List<String> wholeNames) {
        public Drug {
            wholeNames = List.copyOf(wholeNames);
        }
    }

    /** Every drug, in file order. */
    public static List<Drug> drugs() {
        return DRUGS;
    }

    /**
     * The drug a treatment's name means: an exact whole name, or the longest written form found in the name; empty
     * when no form is found, or when two different drugs are found equally long ("lenalidomide with epoetin alfa").
     */
    public static Optional<Drug> normalise(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmed = name.trim();
        for (Drug d : DRUGS) {
            if (d.generic().equalsIgnoreCase(trimmed)
                    || d.wholeNames().stream().anyMatch(w -> w.equalsIgnoreCase(trimmed))) {
                return Optional.of(d);
            }
        }
        Drug best = null;
        int bestLength = 0;
        boolean tie = false;
        for (int i = 0; i < DRUGS.size(); i++) {
            Drug d = DRUGS.get(i);
            Matcher m = FORMS.get(i).matcher(trimmed);
            while (m.find()) {
                int length = m.end() - m.start();
                if (length > bestLength) {
                    best = d;
                    bestLength = length;
                    tie = false;
                } else if (length == bestLength
                        && best != null
                        && !best.generic().equals(d.generic())) {
                    tie = true;
                }
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static List<Drug> load() {
        String path = "/org/recordpath/model/vocab/drugs.tsv";
        try (InputStream in = DrugVocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary not on the class path: " + path);
            }
            List<Drug> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(row(line.split("\t")));
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("drug vocabulary could not be read", e);
        }
    }

    private static Drug row(String[] cells) {
        List<String> whole = new ArrayList<>();
        if (cells.length > 4) {
            for (String w : cells[4].split(",")) {
                if (!w.isBlank()) {
                    whole.add(w.trim());
                }
            }
        }
        String rxnorm = cells[1].trim();
        return new Drug(
                cells[0].trim().toLowerCase(Locale.ROOT),
                rxnorm.isEmpty() ? null : rxnorm,
                cells[2].trim(),
                cells[3].trim(),
                whole);
    }
}
