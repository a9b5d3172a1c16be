package org.recordpath.extraction.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.model.fact.ReadMethod;

/**
 * Rebuilds a page's text from OCR words, row by row as a reader sees them: Tesseract's text lines that lie on the same
 * visual row (table cells it put in separate blocks) are joined, so a table row stays on one line like a PDF text
 * layer read by position. Rows are found along the page's skew, so a tilted photo still reads row by row. Each
 * {@link Word}'s offsets map exactly to the text.
 */
final class LineAssembler {
    private static final double MAX_SLOPE = 0.2;

    private LineAssembler() {}

    /** The median baseline slope of the page's text lines (dy/dx), 0 when there are none. */
    static double pageSlope(List<OcrWord> words) {
        Map<Integer, Double> slopes = new LinkedHashMap<>();
        for (OcrWord w : words) {
            slopes.putIfAbsent(w.line(), w.lineSlope());
        }
        List<Double> sorted = slopes.values().stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        double median = sorted.get(sorted.size() / 2);
        return Math.max(-MAX_SLOPE, Math.min(MAX_SLOPE, median));
    }

    static PageText assemble(int page, List<OcrWord> words) {
        if (words.isEmpty()) {
            return new PageText(page, "", ReadMethod.OCR, List.of(), 0.0);
        }
        double slope = pageSlope(words);
        Map<Integer, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord w : words) {
            byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        List<Line> lines = new ArrayList<>();
        for (List<OcrWord> lineWords : byLine.values()) {
            lines.add(Line.of(lineWords, slope));
        }
        lines.sort(Comparator.comparingDouble(Line::level));
        List<List<OcrWord>> rows = new ArrayList<>();
        Line rowStart = null;
        for (Line line : lines) {
            if (rowStart == null || !rowStart.sameRow(line)) {
                rows.add(new ArrayList<>());
                rowStart = line;
            }
            rows.get(rows.size() - 1).addAll(line.words());
        }
        return text(page, rows);
    }

    private static PageText text(int page, List<List<OcrWord>> rows) {
        StringBuilder text = new StringBuilder();
        List<Word> out = new ArrayList<>();
        double confidence = 0;
        for (List<OcrWord> row : rows) {
            row.sort(Comparator.comparingInt(w -> w.box().x()));
            if (!text.isEmpty()) {
                text.append('\n');
            }
            for (int i = 0; i < row.size(); i++) {
                OcrWord w = row.get(i);
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w.text());
                out.add(new Word(start, text.length(), w.box(), w.confidence()));
                confidence += w.confidence();
            }
        }
        return new PageText(page, text.toString(), ReadMethod.OCR, out, confidence / out.size());
    }

    /**
     * A Tesseract text line: its words, its vertical position measured along the page skew (for ordering), its centre,
     * its own baseline slope and its median word height.
     */
    private record Line(List<OcrWord> words, double level, double cx, double cy, double slope, double height) {
        static Line of(List<OcrWord> words, double pageSlope) {
            double[] levels = words.stream()
                    .mapToDouble(w -> w.centerY() - pageSlope * w.centerX())
                    .sorted()
                    .toArray();
            double[] heights =
                    words.stream().mapToDouble(w -> w.box().h()).sorted().toArray();
            double cx = words.stream().mapToDouble(OcrWord::centerX).average().orElse(0);
            double cy = words.stream().mapToDouble(OcrWord::centerY).average().orElse(0);
            double slope = Math.abs(words.get(0).lineSlope()) <= MAX_SLOPE
                    ? words.get(0).lineSlope()
                    : pageSlope;
            return new Line(words, levels[levels.length / 2], cx, cy, slope, Math.max(1, heights[heights.length / 2]));
        }

        /**
         * Whether the other line continues this one's row: its centre lies on this line's baseline direction,
         * extended to it (the longer line's slope is used, so perspective in photos is followed locally).
         */
        boolean sameRow(Line other) {
            double slope = words.size() >= other.words.size() ? this.slope : other.slope;
            double expected = cy + slope * (other.cx - cx);
            return Math.abs(other.cy - expected) <= 0.5 * Math.min(height, other.height);
        }
    }
}
