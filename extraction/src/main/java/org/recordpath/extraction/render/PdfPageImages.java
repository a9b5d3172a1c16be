package org.recordpath.extraction.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.extraction.read.ReaderSettings;

/**
 * PDF pages: their sizes at the reader's dpi (the provenance box coordinates) and their images at the display dpi,
 * lowered to the reader's pixel limit. The PDF is parsed with its streams cached in temporary files, not the heap.
 */
final class PdfPageImages {
    private final ReaderSettings reader;
    private final int dpi;

    PdfPageImages(ReaderSettings reader, int dpi) {
        this.reader = reader;
        this.dpi = dpi;
    }

    List<PageSize> sizes(SourceDocument document) throws UnreadableDocumentException {
        try (PDDocument pdf = load(document)) {
            List<PageSize> sizes = new ArrayList<>();
            double scale = reader.dpi() / 72.0;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                double[] points = shownSize(pdf.getPage(p - 1));
                sizes.add(new PageSize(p, pixels(points[0], scale), pixels(points[1], scale)));
            }
            return sizes;
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "this PDF is damaged and could not be read", e);
        }
    }

    PageImage render(SourceDocument document, int page, PageImages.Encoder encoder)
            throws UnreadableDocumentException, NoPageImageException, PageTooLargeException, RenderBusyException {
        try (PDDocument pdf = load(document)) {
            int count = pdf.getNumberOfPages();
            if (page < 1 || page > count) {
                throw new NoPageImageException("this PDF has no page " + page);
            }
            double[] points = shownSize(pdf.getPage(page - 1));
            int fitting = reader.dpiWithinPixelLimit(points[0], points[1], dpi);
            if (fitting < ReaderSettings.MIN_RENDER_DPI) {
                throw new PageTooLargeException(String.format(
                        "page %d is too large to show (%.0f × %.0f inches): it does not fit %d megapixels even at"
                                + " %d dpi",
                        page,
                        points[0] / 72,
                        points[1] / 72,
                        reader.maxPixels() / 1_000_000,
                        ReaderSettings.MIN_RENDER_DPI));
            }
            double scale = fitting / 72.0;
            long pixels = (long) pixels(points[0], scale) * pixels(points[1], scale);
            PDFRenderer renderer = new PDFRenderer(pdf);
            PageImages.Encoded png =
                    encoder.encode(pixels, () -> renderer.renderImageWithDPI(page - 1, fitting, ImageType.BGR));
            return new PageImage(
                    page, count, "image/png", png.png(), png.width(), png.height(), fitting / (double) reader.dpi());
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "this PDF page could not be rendered", e);
        }
    }

    private static PDDocument load(SourceDocument document) throws UnreadableDocumentException, IOException {
        try {
            return Loader.loadPDF(document.path().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(document.id(), "this PDF is password-protected", e);
        }
    }

    /** Width and height in points as the page is shown: its crop box, turned by the page's rotation. */
    private static double[] shownSize(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
        return turned ? new double[] {box.getHeight(), box.getWidth()} : new double[] {box.getWidth(), box.getHeight()};
    }

    /** As PDFBox's renderer sizes its image. */
    private static int pixels(double points, double scale) {
        return (int) Math.max(Math.floor(points * scale), 1);
    }
}
