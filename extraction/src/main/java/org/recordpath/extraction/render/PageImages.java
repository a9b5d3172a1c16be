package org.recordpath.extraction.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.extraction.read.KindSniffer;
import org.recordpath.extraction.read.ReaderSettings;

/**
 * The pages of a stored document as images for people to look at, and their sizes in the coordinates of provenance
 * boxes. A PDF page is rendered to PNG at the settings' dpi, lowered so the image stays within the reader's pixel limit
 * ({@link ReaderSettings#maxPixels()}, the limit OCR renders within); a page that does not fit even at {@value
 * ReaderSettings#MIN_RENDER_DPI} dpi is refused. PNG and JPEG uploads are served as they are, TIFF pages decoded to PNG. Renders share a
 * pixel budget ({@link RenderSettings#budgetMegapixels()}), so concurrent requests cannot exhaust the heap. The type
 * comes from the content, never the name. Thread-safe.
 */
public final class PageImages {
    private final RenderSettings settings;
    private final Semaphore budget;
    private final PdfPageImages pdf;
    private final ImageFilePages images;

    /**
     * @param reader the settings of the reader whose provenance boxes are drawn on these images (its dpi and pixel
     *     limit)
     */
    public PageImages(ReaderSettings reader, RenderSettings settings) {
        this.settings = settings;
        this.budget = new Semaphore(settings.budgetMegapixels(), true);
        this.pdf = new PdfPageImages(reader, settings.dpi());
        this.images = new ImageFilePages(reader);
    }

    /** The size of every page in box coordinates; empty for a document without page images (text, FHIR). */
    public List<PageSize> sizes(SourceDocument document) throws UnreadableDocumentException {
        DocumentKind kind = KindSniffer.sniff(document);
        if (kind == DocumentKind.PDF) {
            return pdf.sizes(document);
        }
        if (ImageFilePages.accepts(kind)) {
            return images.sizes(document, kind);
        }
        return List.of();
    }

    /** Page {@code page} (1-based) as an image. */
    public PageImage render(SourceDocument document, int page)
            throws UnreadableDocumentException, NoPageImageException, PageTooLargeException, RenderBusyException {
        DocumentKind kind = KindSniffer.sniff(document);
        if (kind == DocumentKind.PDF) {
            return pdf.render(document, page, this::encoded);
        }
        if (ImageFilePages.accepts(kind)) {
            return images.render(document, kind, page, this::encoded);
        }
        throw new NoPageImageException("this kind of document (" + kind + ") has no page images");
    }

    /** Draws an image of the given pixel count within the budget and writes it as PNG. */
    Encoded encoded(long pixels, Drawing drawing) throws RenderBusyException, IOException {
        int permits = (int) Math.min(settings.budgetMegapixels(), Math.max(1, (pixels + 999_999) / 1_000_000));
        boolean acquired;
        try {
            acquired = budget.tryAcquire(permits, settings.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new RenderBusyException(settings.maxWait().plusSeconds(1));
        }
        try {
            BufferedImage image = drawing.draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "png", out)) {
                throw new UncheckedIOException(new IOException("no PNG writer"));
            }
            return new Encoded(out.toByteArray(), image.getWidth(), image.getHeight());
        } finally {
            budget.release(permits);
        }
    }

    /** Makes the image once room in the budget is had. */
    @FunctionalInterface
    interface Drawing {
        BufferedImage draw() throws IOException;
    }

    /** Renders within the budget: {@link PageImages#encoded}. */
    @FunctionalInterface
    interface Encoder {
        Encoded encode(long pixels, Drawing drawing) throws RenderBusyException, IOException;
    }

    /** A PNG and its pixel size. */
    record Encoded(byte[] png, int width, int height) {}
}
