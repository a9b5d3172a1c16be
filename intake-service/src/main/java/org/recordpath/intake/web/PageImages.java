package org.recordpath.intake.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.recordpath.intake.documents.DocumentFile;
import org.recordpath.intake.documents.DocumentNotFoundException;
import org.springframework.stereotype.Component;

/**
 * A page of a stored document as an image for the review screen: a PDF page rendered to PNG at {@value #DPI} dpi, or
 * an uploaded image as it is. Provenance boxes are in pixels at the reader's 300 dpi, hence {@link #boxScale}.
 */
@Component
class PageImages {
    static final int DPI = 120;
    static final int READER_DPI = 300;

    record Image(String contentType, byte[] bytes) {}

    /**
     * Whether the file is a PDF by its content: the type detected when it was read, else its first bytes. Never by
     * its name (#11: a PNG uploaded as {@code scan.pdf} is a PNG).
     */
    boolean isPdf(DocumentFile content) {
        if (content.contentType() != null) {
            return "application/pdf".equals(content.contentType());
        }
        try (var in = Files.newInputStream(content.path())) {
            return java.util.Arrays.equals(
                    in.readNBytes(5), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multiply a provenance box by this to get pixels of the served image. */
    double boxScale(DocumentFile content) {
        return isPdf(content) ? DPI / (double) READER_DPI : 1.0;
    }

    Image render(DocumentFile content, int page) {
        try {
            if (isPdf(content)) {
                try (PDDocument pdf = Loader.loadPDF(content.path().toFile())) {
                    if (page < 1 || page > pdf.getNumberOfPages()) {
                        throw new DocumentNotFoundException(content.id());
                    }
                    BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ImageIO.write(image, "png", out);
                    return new Image("image/png", out.toByteArray());
                }
            }
            if (content.contentType() != null && content.contentType().startsWith("image/") && page == 1) {
                return new Image(content.contentType(), Files.readAllBytes(content.path()));
            }
            throw new DocumentNotFoundException(content.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
