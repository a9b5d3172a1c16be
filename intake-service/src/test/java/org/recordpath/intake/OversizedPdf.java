package org.recordpath.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF of any size with a typed lab table in its top left corner, so the pipeline reads it from its text
 * layer (no OCR) and the page image is what the test is about (#11). PDFBox here builds test input only.
 */
final class OversizedPdf {
    private OversizedPdf() {}

    static byte[] of(float widthPoints, float heightPoints) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(widthPoints, heightPoints));
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, heightPoints - 72);
                for (String line : new String[] {
                    "Laboratory Results 2026-03-02", "Hemoglobin 9.1 g/dL", "Platelets 85 K/uL", "Ferritin 1200 ng/mL"
                }) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
