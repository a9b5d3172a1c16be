package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.profile.Analyte;

/**
 * Marrow-history tables (#13): a header naming the marrow-date and blasts columns ({@code marrow-columns.tsv}, any
 * order), then one row per marrow whose first cell is its date; blasts and ring sideroblasts are read from the cells
 * under their headers and dated by the row.
 */
final class MarrowTable {
    private static final List<String> REQUIRED = List.of("date", "blasts");
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_ROWS = 6;
    private static final Pattern PERCENT = Pattern.compile("^(\\d{1,2}(?:\\.\\d)?)\\s*%$");

    private final TableHeader header = new TableHeader("marrow-columns.tsv");

    void read(DocumentText doc, PageLines page, List<Fact> out) {
        List<Line> lines = page.lines();
        for (Line line : lines) {
            Optional<List<TableHeader.Column>> cols = header.columns(page, line, REQUIRED);
            if (cols.isEmpty() || cols.get().size() < MIN_COLUMNS) {
                continue;
            }
            for (int i = line.index() + 1; i < lines.size() && i <= line.index() + MAX_ROWS; i++) {
                if (!row(doc, page, lines.get(i), cols.get(), out)) {
                    break;
                }
            }
        }
    }

    private boolean row(DocumentText doc, PageLines page, Line line, List<TableHeader.Column> cols, List<Fact> out) {
        Map<String, String> cells = TableHeader.cells(page, line, cols);
        List<DateMention> date = Dates.find(cells.getOrDefault("date", ""));
        if (date.isEmpty() || date.get(0).start() != 0) {
            return false;
        }
        percent(doc, page, line, cells.get("blasts"), Analyte.BM_BLASTS, date.get(0), out);
        percent(doc, page, line, cells.get("rs"), Analyte.RING_SIDEROBLASTS, date.get(0), out);
        return true;
    }

    private static void percent(
            DocumentText doc,
            PageLines page,
            Line line,
            String cell,
            Analyte analyte,
            DateMention date,
            List<Fact> out) {
        Matcher m = cell == null ? null : PERCENT.matcher(cell.strip());
        if (m == null || !m.find()) {
            return;
        }
        int at = line.text().indexOf(cell.strip());
        Evidence ev = new Evidence(doc.documentId(), page, line.start() + Math.max(0, at), line.end());
        out.add(ev.fact(
                analyte.path(),
                new FactValue.Measured(new BigDecimal(m.group(1)), "%", null),
                date.date(),
                0.9,
                Context.AFFIRMED));
    }
}
