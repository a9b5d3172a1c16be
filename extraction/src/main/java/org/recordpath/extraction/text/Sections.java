package org.recordpath.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises section headings ("FAMILY HISTORY", "Impression:", "Follow-up / Plan") from {@code sections.tsv}. */
public final class Sections {
    private static final int MAX_HEADING = 70;

    private record Heading(SectionKind kind, Pattern pattern) {}

    private final List<Heading> headings = new ArrayList<>();

    public Sections() {
        for (List<String> row : Vocabulary.load("sections.tsv").rows()) {
            headings.add(new Heading(SectionKind.valueOf(row.get(0)), Pattern.compile("(?i)" + row.get(1) + "\\s*:?")));
        }
    }

    /** The kind of section a line opens, when the line is a heading. */
    public Optional<SectionKind> headingOf(String line) {
        String t = line.strip().replaceAll("^[|\\[_\\-—•*]+\\s*", "").replaceAll("[\\s_\\-—]+$", "");
        Optional<SectionKind> kind = kindOf(t);
        // #13: a scanned heading with a mark of one or two characters before it ("|< Genes analysed", "ql Methods")
        return kind.isPresent() ? kind : kindOf(t.replaceFirst("^\\S{1,2}\\s+", ""));
    }

    private Optional<SectionKind> kindOf(String t) {
        if (t.isEmpty() || t.length() > MAX_HEADING || Character.isDigit(t.charAt(0))) {
            return Optional.empty();
        }
        for (Heading h : headings) {
            if (h.pattern().matcher(t).matches()) {
                return Optional.of(h.kind());
            }
        }
        return Optional.empty();
    }
}
