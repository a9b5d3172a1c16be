package org.recordpath.intake.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.recordpath.model.fact.Box;

/**
 * Finds where a fact's source text stands on a PDF page with a text layer, for facts whose provenance has no box:
 * the words of the page are joined by single spaces and the source text (whitespace collapsed) is looked up in
 * them; the box is in pixels at the reader's {@value PageImages#READER_DPI} dpi, like OCR boxes.
 */
final class TextBoxes {
    private final Map<Integer, Page> pages = new HashMap<>();
    private final PDDocument pdf;

    private TextBoxes(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** Reads the PDF once for all look-ups; the document is closed when {@code use} returns. */
    static <T> T with(java.nio.file.Path file, java.util.function.Function<TextBoxes, T> use) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return use.apply(new TextBoxes(pdf));
        }
    }

    /** The box of the text on the page, or null when it is not found there. */
    Box find(int page, String text) {
        if (text == null || text.isBlank() || page < 1 || page > pdf.getNumberOfPages()) {
            return null;
        }
        Page p = pages.computeIfAbsent(page, this::read);
        String wanted = text.strip().replaceAll("\\s+", " ");
        int at = p.text.indexOf(wanted);
        if (at < 0) {
            at = p.text.toString().toLowerCase(Locale.ROOT).indexOf(wanted.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            return null;
        }
        double scale = PageImages.READER_DPI / 72.0;
        Box box = null;
        for (int i = at; i < at + wanted.length(); i++) {
            TextPosition t = p.chars.get(i);
            if (t == null) {
                continue;
            }
            int x = (int) Math.floor(t.getXDirAdj() * scale);
            int y = (int) Math.floor((t.getYDirAdj() - t.getHeightDir()) * scale);
            Box b = new Box(x, y, Math.max(1, (int) Math.ceil(t.getWidthDirAdj() * scale)), Math.max(1, (int)
                    Math.ceil(t.getHeightDir() * scale)));
            box = box == null ? b : box.union(b);
        }
        return box;
    }

    private Page read(int page) {
        Page p = new Page();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    for (int i = 0; i < s.length(); i++) {
                        p.text.append(s.charAt(i));
                        p.chars.add(positions.isEmpty() ? null : positions.get(Math.min(i, positions.size() - 1)));
                    }
                    p.text.append(' ');
                    p.chars.add(null);
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
        } catch (IOException e) {
            // No text layer to search: the review screen marks the source text instead.
        }
        String collapsed = p.text.toString();
        // Collapse runs of spaces the same way the wanted text is collapsed, keeping positions aligned.
        Page out = new Page();
        for (int i = 0; i < collapsed.length(); i++) {
            char c = Character.isWhitespace(collapsed.charAt(i)) ? ' ' : collapsed.charAt(i);
            if (c == ' ' && (out.text.isEmpty() || out.text.charAt(out.text.length() - 1) == ' ')) {
                continue;
            }
            out.text.append(c);
            out.chars.add(p.chars.get(i));
        }
        return out;
    }

    private static final class Page {
        final StringBuilder text = new StringBuilder();
        final List<TextPosition> chars = new ArrayList<>();
    }
}
