package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;

/**
 * The date columns of a results table: the nearest line above a row (in the same section) that carries dates, such
 * as "Test 13-Jan-2026 03-Feb-2026 Units" or "CBC — COLLECTED 10/06/2026". Values map to columns in order when the
 * counts agree, else by horizontal position.
 */
final class LabColumns {
    private static final int LOOK_BACK = 15;
    private static final Pattern RESULT = Pattern.compile("\\d\\.\\d|\\d\\s*[-–]\\s*\\d");
    private static final Pattern NOT_HEADER = Pattern.compile("(?i)\\b(dob|date of birth|born|mrn|printed|page \\d)");

    record Column(LocalDate date, double x) {}

    private LabColumns() {}

    static List<Column> above(PageLines page, Line row) {
        List<Line> lines = page.lines();
        for (int i = row.index() - 1; i >= 0 && i >= row.index() - LOOK_BACK; i--) {
            Line l = lines.get(i);
            if (l.section() != row.section() && !l.heading()) {
                break;
            }
            List<DateMention> dates = Dates.find(l.text());
            if (!dates.isEmpty() && !NOT_HEADER.matcher(l.text()).find() && !carriesResults(l.text(), dates)) {
                List<Column> cols = new ArrayList<>();
                for (DateMention d : dates) {
                    cols.add(new Column(d.date(), page.xOf(l.start() + d.start(), l.start() + d.end())));
                }
                return cols;
            }
            if (l.heading()) {
                break;
            }
        }
        return List.of();
    }

    /**
     * A line with dates that also carries results ("Erythropoietin 2.6–18.5 205 U/L 14.10.2025": a decimal or a
     * reference interval outside its dates) is a row of a table beside this one, not a header of date columns (#13).
     */
    private static boolean carriesResults(String line, List<DateMention> dates) {
        StringBuilder rest = new StringBuilder(line);
        for (DateMention d : dates) {
            for (int i = d.start(); i < d.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return RESULT.matcher(rest).find();
    }

    /** The column of each value (null when it cannot be placed); two values never share a column. */
    static List<LocalDate> assign(PageLines page, List<Column> cols, List<ValueScan.Value> values) {
        List<LocalDate> out = new ArrayList<>();
        if (cols.size() == values.size()) {
            cols.forEach(c -> out.add(c.date()));
            return out;
        }
        int[] owner = new int[cols.size()];
        double[] best = new double[cols.size()];
        java.util.Arrays.fill(owner, -1);
        for (int v = 0; v < values.size(); v++) {
            double x = page.xOf(values.get(v).start(), values.get(v).end());
            int nearest = -1;
            double dist = Double.MAX_VALUE;
            for (int c = 0; c < cols.size(); c++) {
                double d = Math.abs(cols.get(c).x() - x);
                if (d < dist) {
                    dist = d;
                    nearest = c;
                }
            }
            out.add(null);
            if (nearest >= 0 && (owner[nearest] < 0 || dist < best[nearest])) {
                if (owner[nearest] >= 0) {
                    out.set(owner[nearest], null);
                }
                owner[nearest] = v;
                best[nearest] = dist;
                out.set(v, cols.get(nearest).date());
            }
        }
        return out;
    }
}
