package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;

/**
 * Transposed results tables (flowsheets): a header naming two or more analytes ("Date  Hb (g/dL)  PLT  ANC"), then
 * one row per date. Values map to the analytes in order when the counts agree, else by horizontal position.
 */
final class Flowsheets {
    private static final int MAX_ROWS = 40;

    /** One value of a flowsheet cell, ready to be emitted. */
    record Cell(AnalyteLabels.Found label, ValueScan.Value value, ValueScan scan, LocalDate date, int rowStart) {}

    private final AnalyteLabels labels;
    private final UnitConverter units;

    Flowsheets(AnalyteLabels labels, UnitConverter units) {
        this.labels = labels;
        this.units = units;
    }

    List<Cell> read(PageLines page) {
        List<Cell> cells = new ArrayList<>();
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<AnalyteLabels.Found> header = header(lines.get(i));
            if (header.size() < 2) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + MAX_ROWS; j++) {
                Line row = lines.get(j);
                List<DateMention> ds = Dates.find(row.text());
                if (row.heading() || ds.isEmpty() || ds.get(0).start() > 3) {
                    if (row.text().isBlank() || row.heading()) {
                        break;
                    }
                    continue;
                }
                ValueScan scan =
                        ValueScan.scan(page.text(), row.start() + ds.get(0).end(), row.end(), units);
                assign(page, lines.get(i), header, scan, ds.get(0).date(), row.start(), cells);
            }
        }
        return cells;
    }

    private List<AnalyteLabels.Found> header(Line line) {
        List<AnalyteLabels.Found> found = labels.findAll(line.text());
        if (found.size() < 2) {
            return List.of();
        }
        String rest = line.text();
        for (AnalyteLabels.Found f : found) {
            rest = rest.replace(line.text().substring(f.start(), f.end()), " ");
        }
        boolean onlyWordsAndUnits =
                !rest.replaceAll("10\\^?\\*?[39]|\\(%\\)|x10\\S*", "").matches(".*\\d.*");
        return onlyWordsAndUnits ? found : List.of();
    }

    private void assign(
            PageLines page,
            Line header,
            List<AnalyteLabels.Found> cols,
            ValueScan scan,
            LocalDate date,
            int rowStart,
            List<Cell> out) {
        List<ValueScan.Value> values = scan.values();
        for (int v = 0; v < values.size(); v++) {
            int col = v;
            if (values.size() != cols.size()) {
                double x = page.xOf(values.get(v).start(), values.get(v).end());
                double best = Double.MAX_VALUE;
                for (int c = 0; c < cols.size(); c++) {
                    double d = Math.abs(page.xOf(
                                    header.start() + cols.get(c).start(),
                                    header.start() + cols.get(c).end())
                            - x);
                    if (d < best) {
                        best = d;
                        col = c;
                    }
                }
            }
            if (col < cols.size()) {
                AnalyteLabels.Found label = cols.get(col);
                String unitText = headerUnitText(header, cols, col);
                ValueScan unitScan = ValueScan.scan(unitText, 0, unitText.length(), units);
                ValueScan cellScan = new ValueScan(List.of(values.get(v)), unitScan.unit(), null);
                out.add(new Cell(
                        new AnalyteLabels.Found(
                                label.label(), header.start() + label.start(), header.start() + label.end()),
                        values.get(v),
                        cellScan,
                        date,
                        rowStart));
            }
        }
    }

    /** The text after a column's label up to the next label, where a unit such as "(g/dL)" may be written. */
    private static String headerUnitText(Line header, List<AnalyteLabels.Found> cols, int col) {
        int from = cols.get(col).end();
        int to = col + 1 < cols.size()
                ? cols.get(col + 1).start()
                : header.text().length();
        return header.text().substring(from, Math.max(from, to)).replaceAll("[()\\[\\]]", " ");
    }
}
