package org.recordpath.extraction.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.recordpath.model.fact.Box;
import org.recordpath.model.fact.ReadMethod;

/**
 * A PDF page's text layer in reading order by position (so table rows stay on one line), with each word's
 * character offsets and its box in the pixels of the page rendered at the reader's dpi. Not thread-safe.
 */
final class TextLayerStripper extends PDFTextStripper {
    private final double scale;
    private final List<Word> words = new ArrayList<>();
    private StringWriter out = new StringWriter();

    TextLayerStripper(int dpi) {
        this.scale = dpi / 72.0;
        setSortByPosition(true);
        setLineSeparator("\n");
        setWordSeparator(" ");
    }

    PageText page(PDDocument document, int page) throws IOException {
        words.clear();
        out = new StringWriter();
        setStartPage(page);
        setEndPage(page);
        writeText(document, out);
        String text = out.toString().stripTrailing();
        List<Word> inText = words.stream().filter(w -> w.end() <= text.length()).toList();
        return new PageText(page, text, ReadMethod.TEXT_LAYER, inText, 1.0);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        output.flush();
        int start = out.getBuffer().length();
        super.writeString(text, positions);
        output.flush();
        int end = out.getBuffer().length();
        Box box = boxOf(positions);
        CharSequence written = out.getBuffer();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(written.charAt(i))) {
                i++;
            }
            int wordStart = i;
            while (i < end && !Character.isWhitespace(written.charAt(i))) {
                i++;
            }
            if (i > wordStart) {
                words.add(new Word(wordStart, i, box, 1.0));
            }
        }
    }

    private Box boxOf(List<TextPosition> positions) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y0 = Math.min(y0, p.getYDirAdj() - p.getHeightDir());
            y1 = Math.max(y1, p.getYDirAdj());
        }
        if (positions.isEmpty() || !Double.isFinite(x0 + x1 + y0 + y1)) {
            return null;
        }
        int x = (int) Math.max(0, Math.floor(x0 * scale));
        int y = (int) Math.max(0, Math.floor(y0 * scale));
        return new Box(
                x, y, Math.max(0, (int) Math.ceil(x1 * scale) - x), Math.max(0, (int) Math.ceil(y1 * scale) - y));
    }
}
