package org.recordpath.extraction.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.ProgressListener;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Node;

/**
 * Reads PNG, JPEG and (multi-page) TIFF images by OCR, photos turned upright by their EXIF orientation (word boxes
 * are then in the upright image, as a browser shows it). The declared size of each image is checked against the pixel
 * limit before it is decoded, so a small file that declares a huge image is refused without filling the memory.
 */
final class ImagePages {
    static final String UNDECODABLE = "this image could not be decoded";

    private static final Logger log = LoggerFactory.getLogger(ImagePages.class);

    private final ReaderSettings settings;
    private final OcrEngine ocr;

    ImagePages(ReaderSettings settings, OcrEngine ocr) {
        this.settings = settings;
        this.ocr = ocr;
    }

    ReadDocument read(SourceDocument document, DocumentKind kind, ProgressListener progress)
            throws UnreadableDocumentException {
        String id = document.id();
        if (!ocr.available()) {
            throw new UnreadableDocumentException(id, OcrEngine.UNAVAILABLE);
        }
        try (ImageInputStream in =
                ImageIO.createImageInputStream(document.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableDocumentException(id, UNDECODABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int orientation =
                        kind == DocumentKind.TIFF ? ExifOrientation.UPRIGHT : ExifOrientation.of(document.path());
                return pages(id, kind, reader, orientation, progress);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            log.info("document {} image could not be decoded: {}", id, e.toString());
            throw new UnreadableDocumentException(id, UNDECODABLE, e);
        }
    }

    private ReadDocument pages(
            String id, DocumentKind kind, ImageReader reader, int orientation, ProgressListener progress)
            throws IOException, UnreadableDocumentException {
        int count = kind == DocumentKind.TIFF ? reader.getNumImages(true) : 1;
        if (count > settings.maxPages()) {
            throw new UnreadableDocumentException(
                    id, "this image has " + count + " pages, more than the limit of " + settings.maxPages());
        }
        List<PageText> pages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            progress.readingPage(i + 1, count);
            long width = reader.getWidth(i);
            long height = reader.getHeight(i);
            if (width * height > settings.maxPixels()) {
                throw new UnreadableDocumentException(
                        id,
                        "this image is too large (" + width + " × " + height + " pixels; the limit is "
                                + settings.maxPixels() / 1_000_000 + " megapixels)");
            }
            try {
                pages.add(page(i, reader, orientation));
            } catch (PageUnreadableException e) {
                warnings.add("page " + (i + 1) + ": " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                log.warn("document {} image page {} could not be decoded: {}", id, i + 1, e.toString());
                warnings.add("page " + (i + 1) + ": " + UNDECODABLE);
            }
        }
        if (pages.isEmpty()) {
            throw new UnreadableDocumentException(id, "no page of this image could be read (" + warnings.get(0) + ")");
        }
        return new ReadDocument(id, kind, pages, warnings);
    }

    private PageText page(int index, ImageReader reader, int orientation) throws IOException, PageUnreadableException {
        double[] dpi = declaredDpi(reader.getImageMetadata(index));
        BufferedImage gray = ExifOrientation.upright(ImageNormaliser.toGray(reader.read(index)), orientation);
        double fx = ImageNormaliser.scaleFor(gray.getWidth(), gray.getHeight(), dpi[0]);
        // fax pages are often sent at half the vertical resolution (204 × 98 dpi): stretch them to square pixels
        double fy = dpi[0] > 0 && dpi[1] > 0 ? fx * dpi[0] / dpi[1] : fx;
        double room = Math.sqrt(settings.maxPixels() / ((double) gray.getWidth() * gray.getHeight() * fx * fy));
        if (room < 1) {
            fx *= room;
            fy *= room;
        }
        boolean uneven = ImageNormaliser.unevenLight(gray);
        BufferedImage ready = ImageNormaliser.scale(gray, fx, fy);
        return ocr.read(index + 1, ready, ImageNormaliser.TARGET_DPI, uneven, 1 / fx, 1 / fy);
    }

    /** Horizontal and vertical resolution in dpi from the image's metadata, 0 where it declares none. */
    static double[] declaredDpi(IIOMetadata metadata) {
        double[] dpi = {0, 0};
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return dpi;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
            if (!"Dimension".equals(dimension.getNodeName())) {
                continue;
            }
            for (Node n = dimension.getFirstChild(); n != null; n = n.getNextSibling()) {
                int axis = "HorizontalPixelSize".equals(n.getNodeName())
                        ? 0
                        : "VerticalPixelSize".equals(n.getNodeName()) ? 1 : -1;
                Node value =
                        n.getAttributes() == null ? null : n.getAttributes().getNamedItem("value");
                if (axis >= 0 && value != null) {
                    double millimetresPerPixel = Double.parseDouble(value.getNodeValue());
                    dpi[axis] = millimetresPerPixel > 0 ? 25.4 / millimetresPerPixel : 0;
                }
            }
        }
        return dpi;
    }
}
