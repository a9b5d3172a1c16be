package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.Vocabulary;

/**
 * The header line of a table whose columns are named by a vocabulary ({@code <name>.tsv}: column key, header regex),
 * and the cells of a row under it by alignment: a word belongs to the column whose header starts at or left of it.
 * Positions are word-box pixels where the page has them, else character columns.
 */
final class TableHeader {
    record Column(String key, double left) {}

    private record Name(String key, Pattern pattern) {}

    private final List<Name> names = new ArrayList<>();

    TableHeader(String vocabulary) {
        for (List<String> row : Vocabulary.load(vocabulary).rows()) {
            names.add(new Name(row.get(0), Pattern.compile("(?i)(?<![\\w#])(?:" + row.get(1) + ")(?!\\w)")));
        }
    }

    /** The columns of a header line, left to right, when it names every required column; each name used once. */
    Optional<List<Column>> columns(PageLines page, Line line, List<String> required) {
        List<Column> cols = new ArrayList<>();
        boolean[] taken = new boolean[line.text().length() + 1];
        for (Name n : names) {
            Matcher m = n.pattern().matcher(line.text());
            while (m.find()) {
                if (!taken[m.start()] && !taken[m.end() - 1]) {
                    for (int i = m.start(); i < m.end(); i++) {
                        taken[i] = true;
                    }
                    cols.add(new Column(n.key(), left(page, line.start() + m.start())));
                    break;
                }
            }
        }
        if (!cols.stream().map(Column::key).toList().containsAll(required)) {
            return Optional.empty();
        }
        cols.sort(Comparator.comparingDouble(Column::left));
        return Optional.of(cols);
    }

    /**
     * The text of a row under each column (key → words joined by a space); words left of every column are lost. Empty
     * when a word runs across a column's edge, as prose does.
     */
    static java.util.Map<String, String> cells(PageLines page, Line row, List<Column> cols) {
        java.util.Map<String, StringBuilder> out = new java.util.LinkedHashMap<>();
        double tolerance = page.hasBoxes() ? 12 : 1;
        Matcher word = Pattern.compile("\\S+").matcher(row.text());
        while (word.find()) {
            double x = left(page, row.start() + word.start());
            double right = right(page, row.start() + word.end() - 1);
            if (cols.stream().anyMatch(c -> x < c.left() - tolerance && right > c.left() + tolerance)) {
                return java.util.Map.of(); // a word running across a column edge: prose, not a table row
            }
            Column owner = null;
            for (Column c : cols) {
                if (c.left() <= x + tolerance) {
                    owner = c;
                }
            }
            if (owner != null) {
                StringBuilder sb = out.computeIfAbsent(owner.key(), k -> new StringBuilder());
                sb.append(sb.length() == 0 ? "" : " ").append(word.group());
            }
        }
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        out.forEach((k, v) -> cells.put(k, v.toString()));
        return cells;
    }

    /** The right edge of the character at a page offset: its word box's where there is one, else its column. */
    static double right(PageLines page, int offset) {
        if (page.hasBoxes()) {
            var box = page.page().boxOf(offset, offset + 1);
            if (box.isPresent()) {
                return box.get().x() + box.get().w();
            }
        }
        return offset + 1 - page.lineAt(offset).start();
    }

    /** The left edge of the character at a page offset: its word box where there is one, else its column. */
    static double left(PageLines page, int offset) {
        if (page.hasBoxes()) {
            var box = page.page().boxOf(offset, offset + 1);
            if (box.isPresent()) {
                return box.get().x();
            }
        }
        return offset - page.lineAt(offset).start();
    }
}
