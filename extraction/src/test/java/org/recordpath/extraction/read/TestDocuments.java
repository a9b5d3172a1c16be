package org.recordpath.extraction.read;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Builds the documents the reader tests need: PDFs with text layers, scanned-like pages, encrypted PDFs. */
final class TestDocuments {
    static final List<String> LAB_LINES =
            List.of("Laboratory Results", "Hemoglobin 9.1 g/dL", "Platelets 85 K/uL", "Ferritin 1200 ng/mL");

    private TestDocuments() {}

    /** A letter page of typed text (a real text layer). */
    static Path textPdf(Path file, List<String> lines, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -18);
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A page that is only an image of typed text, optionally under an invisible text layer of junk. */
    static Path scannedPdf(Path file, List<String> lines, String invisibleJunk) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            BufferedImage scan = pageImage(lines, 200);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, 612, 792);
                if (invisibleJunk != null) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.setRenderingMode(RenderingMode.NEITHER);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(invisibleJunk);
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A white letter page at {@code dpi} with the lines in a 12-point serif font. */
    static BufferedImage pageImage(List<String> lines, int dpi) {
        int w = (int) (8.5 * dpi);
        int h = 11 * dpi;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * dpi / 72));
        int y = dpi;
        for (String line : lines) {
            g.drawString(line, dpi, y);
            y += 20 * dpi / 72;
        }
        g.dispose();
        return image;
    }

    /** The text PDF protected with an owner password, and with a user password too when {@code user} is given. */
    static Path encryptedPdf(Path file, String user) throws IOException {
        Path plain = textPdf(file.resolveSibling("plain-" + file.getFileName()), LAB_LINES, 1);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", user, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            policy.getPermissions().setCanExtractContent(false);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }
}
