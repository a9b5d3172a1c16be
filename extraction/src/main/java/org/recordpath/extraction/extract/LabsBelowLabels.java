package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;

/**
 * Results printed under their labels (#13): a line naming two or more analytes and no numbers, and the next line with
 * a value under each label, paired by horizontal alignment (word boxes, or character columns).
 */
final class LabsBelowLabels {
    record Found(AnalyteLabels.Found label, int labelStart, ValueScan scan) {}

    private static final Pattern TOKEN = Pattern.compile("[<>≤≥]?\\d[\\d.,]*");

    private LabsBelowLabels() {}

    static List<Found> read(PageLines page, AnalyteLabels labels, UnitConverter units) {
        List<Found> out = new ArrayList<>();
        List<Line> lines = page.lines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line head = lines.get(i);
            List<AnalyteLabels.Found> named = labels.findAll(head.text());
            if (named.size() < 2 || head.text().chars().anyMatch(Character::isDigit)) {
                continue;
            }
            Line values = lines.get(i + 1);
            double tolerance = page.hasBoxes() ? 12 : 1;
            for (int k = 0; k < named.size(); k++) {
                double from = TableHeader.left(page, head.start() + named.get(k).start()) - tolerance;
                double to = k + 1 < named.size()
                        ? TableHeader.left(page, head.start() + named.get(k + 1).start()) - tolerance
                        : Double.MAX_VALUE;
                Matcher t = TOKEN.matcher(values.text());
                while (t.find()) {
                    double x = TableHeader.left(page, values.start() + t.start());
                    if (x >= from && x < to) {
                        int end = endOfCell(values, t.end(), named.size() > k + 1 ? to : Double.MAX_VALUE, page);
                        ValueScan scan = ValueScan.scan(page.text(), values.start() + t.start(), end, units);
                        if (!scan.values().isEmpty()) {
                            out.add(new Found(
                                    named.get(k), head.start() + named.get(k).start(), scan));
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The page offset where the cell holding a value ends: at the next column's edge or the end of the line. */
    private static int endOfCell(Line line, int from, double nextEdge, PageLines page) {
        int i = from;
        while (i < line.text().length() && TableHeader.left(page, line.start() + i) < nextEdge) {
            i++;
        }
        return line.start() + i;
    }
}
