package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;

/**
 * A document's pages split into lines and sections, with its report date (sign-out, visit, discharge...) and its
 * specimen date (collection), both from labelled dates.
 */
record DocumentText(String documentId, List<PageLines> pages, LocalDate reportDate, LocalDate specimenDate) {
    private static final Pattern REPORT_LABEL = Pattern.compile(
            "(?i)\\b(reported|report date|date reported|signed out|sign-?out date|visit date|date of (visit|service)"
                    + "|discharged|discharge date|as of|encounter date|date of report|note date)\\s*:?\\s*");
    private static final Pattern SIGNED = Pattern.compile("(?i)\\b(signed|dictated|printed)\\b[^\\n]{0,60}?");
    private static final Pattern SPECIMEN_LABEL = Pattern.compile(
            "(?i)\\b(colle[cg][tli1]ed|collection date|date collected|specimen date|sample date|date sampled|sampled"
                    + "|date of (collection|procedure|biopsy|sample)|procedure date|drawn)\\s*:?\\s*");
    private static final Pattern BIRTH = Pattern.compile("(?i)\\b(dob|date of birth|born|birth ?date)\\b");

    public DocumentText {
        pages = List.copyOf(pages);
    }

    public static DocumentText of(String documentId, List<PageText> pages) {
        List<PageLines> split = new ArrayList<>();
        SectionKind carried = SectionKind.HEADER;
        for (PageText p : pages) {
            PageLines lines = PageLines.of(p, carried);
            carried = lines.lastSection();
            split.add(lines);
        }
        LocalDate report =
                labelled(split, REPORT_LABEL).or(() -> labelled(split, SIGNED)).orElseGet(() -> latest(split));
        LocalDate specimen = labelled(split, SPECIMEN_LABEL).orElse(null);
        return new DocumentText(documentId, split, report, specimen);
    }

    /** The date facts from this document default to: the specimen date for reports of a specimen, else the report. */
    public LocalDate defaultDate() {
        return specimenDate != null ? specimenDate : reportDate;
    }

    private static Optional<LocalDate> labelled(List<PageLines> pages, Pattern label) {
        for (PageLines p : pages) {
            Matcher m = label.matcher(p.text());
            while (m.find()) {
                for (DateMention d :
                        Dates.find(p.text().substring(m.end(), Math.min(p.text().length(), m.end() + 80)))) {
                    if (d.start() <= 2 || label == SIGNED) {
                        return Optional.of(d.date());
                    }
                }
                Optional<LocalDate> below = below(p, m.start());
                if (below.isPresent() && label != SIGNED) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date printed under a label in a header grid ("COLLECTED" above "09JUN2026"): on the next line, left-aligned
     * with the label (#13).
     */
    private static Optional<LocalDate> below(PageLines p, int labelStart) {
        Line line = p.lineAt(labelStart);
        if (line.index() + 1 >= p.lines().size()) {
            return Optional.empty();
        }
        Line next = p.lines().get(line.index() + 1);
        double x = TableHeader.left(p, labelStart);
        double tolerance = p.hasBoxes() ? 40 : 3;
        for (DateMention d : Dates.find(next.text())) {
            if (Math.abs(TableHeader.left(p, next.start() + d.start()) - x) <= tolerance) {
                return Optional.of(d.date());
            }
        }
        return Optional.empty();
    }

    private static LocalDate latest(List<PageLines> pages) {
        LocalDate best = null;
        for (PageLines p : pages) {
            for (DateMention d : Dates.find(p.text())) {
                String before = p.text().substring(Math.max(0, d.start() - 12), d.start());
                if (!BIRTH.matcher(before).find() && (best == null || d.date().isAfter(best))) {
                    best = d.date();
                }
            }
        }
        return best;
    }
}
