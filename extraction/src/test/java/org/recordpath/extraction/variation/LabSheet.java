package org.recordpath.extraction.variation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A blood-count report rendered as a text PDF with PDFBox: the lines a {@link Variation} writes, each a list of cells
 * placed at their x positions (points from the left margin), on an A4 or US Letter page.
 */
record LabSheet(LocalDate collected, BigDecimal hb, BigDecimal platelets, BigDecimal anc, BigDecimal wbc) {
    /** One printed line: cells of text, each at its x offset in points. */
    record Row(List<Cell> cells) {
        static Row of(Object... xAndText) {
            List<Cell> cells = new java.util.ArrayList<>();
            for (int i = 0; i < xAndText.length; i += 2) {
                cells.add(new Cell(((Number) xAndText[i]).floatValue(), String.valueOf(xAndText[i + 1])));
            }
            return new Row(cells);
        }
    }

    record Cell(float x, String text) {}

    void render(List<Row> rows, boolean letter, Path pdf) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(letter ? PDRectangle.LETTER : PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 60;
                for (Row row : rows) {
                    for (Cell c : row.cells()) {
                        out.beginText();
                        out.setFont(font, 10);
                        out.newLineAtOffset(50 + c.x(), y);
                        out.showText(c.text());
                        out.endText();
                    }
                    y -= 16;
                }
            }
            doc.save(pdf.toFile());
        }
    }
}
