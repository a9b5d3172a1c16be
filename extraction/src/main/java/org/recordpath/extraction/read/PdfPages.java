package org.recordpath.extraction.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF page by page: the text layer where it is usable, else OCR of the page rendered in grey. One page is
 * rendered at a time and its image dropped before the next; parsed streams are cached in temporary files, not in the
 * heap. A page that fails becomes a warning and the others are still read.
 */
final class PdfPages {
    static final String PASSWORD = "this PDF is password-protected: upload an unlocked copy";
    static final String DAMAGED = "this PDF is damaged and could not be read";
    static final String CUT_OFF = "this PDF is incomplete (cut off before its end): upload the whole file again";
    /** Readers look for the end-of-file marker in the last kilobyte; PDFBox alone would read a cut file as blank pages. */
    private static final int EOF_WINDOW = 1024;

    private static final Logger log = LoggerFactory.getLogger(PdfPages.class);

    private final ReaderSettings settings;
    private final OcrEngine ocr;

    PdfPages(ReaderSettings settings, OcrEngine ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    ReadDocument read(SourceDocument document, ProgressListener progress) throws UnreadableDocumentException {
        String id = document.id();
        try (PDDocument pdf = load(document)) {
            int count = pdf.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException(id, "this PDF has no pages");
            }
            if (count > settings.maxPages()) {
                throw new UnreadableDocumentException(
                        id, "this PDF has " + count + " pages, more than the limit of " + settings.maxPages());
            }
            if (pdf.isEncrypted()) {
                pdf.setAllSecurityToBeRemoved(true);
            }
            pdf.setResourceCache(new NoImageCache());
            TextLayerStripper stripper = new TextLayerStripper(settings.dpi());
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<PageText> pages = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                progress.readingPage(p, count);
                try {
                    pages.add(page(id, pdf, p, stripper, renderer));
                } catch (PageUnreadableException e) {
                    warnings.add("page " + p + ": " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    log.warn("document {} page {} could not be read: {}", id, p, e.toString());
                    warnings.add("page " + p + ": this page is damaged and could not be read");
                }
            }
            if (pages.isEmpty()) {
                throw new UnreadableDocumentException(
                        id, "no page of this PDF could be read (" + warnings.get(0) + ")");
            }
            return new ReadDocument(id, DocumentKind.PDF, pages, warnings);
        } catch (IOException e) {
            throw new UnreadableDocumentException(id, DAMAGED, e);
        }
    }

    private static PDDocument load(SourceDocument document) throws UnreadableDocumentException, IOException {
        PDDocument pdf;
        try {
            pdf = Loader.loadPDF(document.path().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(document.id(), PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            log.info("document {} is not a readable PDF: {}", document.id(), e.toString());
            throw new UnreadableDocumentException(document.id(), DAMAGED, e);
        }
        if (!endsWithEofMarker(document.path())) {
            pdf.close();
            throw new UnreadableDocumentException(document.id(), CUT_OFF);
        }
        return pdf;
    }

    /** Whether {@code %%EOF} occurs in the last kilobyte of the file, as it does in every complete PDF. */
    static boolean endsWithEofMarker(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            int length = (int) Math.min(size, EOF_WINDOW);
            ByteBuffer tail = ByteBuffer.allocate(length);
            while (tail.hasRemaining() && channel.read(tail, size - length + tail.position()) > 0) {
                // read the whole tail
            }
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1);
            return text.contains("%%EOF");
        }
    }

    private PageText page(String id, PDDocument pdf, int p, TextLayerStripper stripper, PDFRenderer renderer)
            throws IOException, PageUnreadableException, UnreadableDocumentException {
        PDPage page = pdf.getPage(p - 1);
        PageText layer = stripper.page(pdf, p);
        if (TextLayerQuality.usable(layer.text(), hasImages(page.getResources(), 2))) {
            return layer;
        }
        if (!ocr.available()) {
            throw new UnreadableDocumentException(id, OcrEngine.UNAVAILABLE);
        }
        PDRectangle box = page.getCropBox();
        int dpi = settings.dpiWithinPixelLimit(box.getWidth(), box.getHeight(), settings.dpi());
        if (dpi < ReaderSettings.MIN_RENDER_DPI) {
            // #11: a floor of 36 dpi let a page of 100000 pt render 2.5 gigapixels
            throw new PageUnreadableException("this page is too large to read (more than "
                    + settings.maxPixels() / 1_000_000 + " megapixels even at " + ReaderSettings.MIN_RENDER_DPI
                    + " dpi)");
        }
        BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.GRAY);
        boolean uneven = ImageNormaliser.unevenLight(image);
        double boxScale = settings.dpi() / (double) dpi;
        return ocr.read(p, image, dpi, uneven, boxScale, boxScale);
    }

    private static boolean hasImages(PDResources resources, int depth) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            if (depth > 0
                    && resources.getXObject(name) instanceof PDFormXObject form
                    && hasImages(form.getResources(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** PDFBox's resource cache without page images: a scan's images are used once and must not pile up. */
    private static final class NoImageCache extends DefaultResourceCache {
        @Override
        public void put(COSObject indirect, PDXObject xobject) {
            if (!(xobject instanceof PDImageXObject)) {
                super.put(indirect, xobject);
            }
        }
    }
}
