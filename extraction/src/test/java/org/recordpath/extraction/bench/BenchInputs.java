package org.recordpath.extraction.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Builds benchmark inputs from the dev corpus: typed pages, scanned pages, one 300-dpi page image. */
final class BenchInputs {
    private BenchInputs() {}

    /** All PDFs of the corpus, split into typed (text on the first page) and scanned ones. */
    static List<List<Path>> typedAndScanned(Path corpusDev) throws IOException {
        List<Path> typed = new ArrayList<>();
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpusDev)) {
            for (Path pdf :
                    files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setEndPage(1);
                    (stripper.getText(doc).strip().length() > 200 ? typed : scanned).add(pdf);
                }
            }
        }
        return List.of(typed, scanned);
    }

    /** A PDF of the first {@code pages} pages taken in turn from the sources (repeating them if needed). */
    static Path concatenate(List<Path> sources, int pages, Path out) throws IOException {
        try (PDDocument target = new PDDocument()) {
            List<PDDocument> open = new ArrayList<>();
            try {
                for (Path s : sources) {
                    open.add(Loader.loadPDF(s.toFile()));
                }
                int added = 0;
                while (added < pages) {
                    for (PDDocument doc : open) {
                        for (PDPage page : doc.getPages()) {
                            if (added++ < pages) {
                                target.importPage(page);
                            }
                        }
                    }
                }
                Files.deleteIfExists(out);
                target.save(out.toFile());
            } finally {
                for (PDDocument doc : open) {
                    doc.close();
                }
            }
        }
        return out;
    }

    /** Page 1 of a PDF rendered at 300 dpi in grey, as PNG. */
    static Path renderPage(Path pdf, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
            ImageIO.write(image, "png", out.toFile());
        }
        return out;
    }

    /** A scanned PDF of {@code pages} pages, each with its own copy of the same JPEG scan (like a real scan). */
    static Path repeatedScan(Path pageImage, int pages, Path out) throws IOException {
        BufferedImage image = ImageIO.read(pageImage.toFile());
        Path jpeg = out.resolveSibling("page.jpg");
        ImageIO.write(image, "jpg", jpeg.toFile());
        byte[] bytes = Files.readAllBytes(jpeg);
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(JPEGFactory.createFromByteArray(doc, bytes), 0, 0, 612, 792);
                }
            }
            Files.deleteIfExists(out);
            doc.save(out.toFile());
        }
        return out;
    }
}
