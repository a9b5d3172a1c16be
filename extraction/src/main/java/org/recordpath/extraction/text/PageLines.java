package org.recordpath.extraction.text;

import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.read.PageText;
import org.recordpath.extraction.read.Word;

/** A page split into lines, each tagged with its section. */
public final class PageLines {
    private static final Sections SECTIONS = new Sections();

    private final PageText page;
    private final List<Line> lines;

    private PageLines(PageText page, List<Line> lines) {
        this.page = page;
        this.lines = List.copyOf(lines);
    }

    /** Splits a page; {@code carried} is the section the previous page ended in (sections run across pages). */
    public static PageLines of(PageText page, SectionKind carried) {
        String text = page.text();
        List<Line> lines = new ArrayList<>();
        SectionKind section = carried;
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).replace('\r', ' ');
            var heading = SECTIONS.headingOf(line);
            if (heading.isPresent()) {
                section = heading.get();
            }
            lines.add(new Line(index++, start, end, line, section, heading.isPresent()));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new PageLines(page, lines);
    }

    public PageText page() {
        return page;
    }

    public String text() {
        return page.text();
    }

    public List<Line> lines() {
        return lines;
    }

    /** The section the page ends in. */
    public SectionKind lastSection() {
        return lines.isEmpty()
                ? SectionKind.HEADER
                : lines.get(lines.size() - 1).section();
    }

    /** The line holding a character offset. */
    public Line lineAt(int offset) {
        Line found = lines.get(0);
        for (Line l : lines) {
            if (l.start() <= offset) {
                found = l;
            } else {
                break;
            }
        }
        return found;
    }

    /**
     * The horizontal position of the text [start, end): the centre of its word boxes when the page was read with
     * positions, else its centre column in the line (monospaced layouts keep columns).
     */
    public double xOf(int start, int end) {
        double sum = 0;
        int n = 0;
        for (Word w : page.words()) {
            if (w.box() != null && w.end() > start && w.start() < end) {
                sum += w.box().x() + w.box().w() / 2.0;
                n++;
            }
        }
        if (n > 0) {
            return sum / n;
        }
        Line line = lineAt(start);
        return (start + end) / 2.0 - line.start();
    }

    /** True when x positions come from word boxes (pixels) rather than character columns. */
    public boolean hasBoxes() {
        return page.words().stream().anyMatch(w -> w.box() != null);
    }
}
