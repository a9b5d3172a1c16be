package org.recordpath.extraction.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.recordpath.extraction.DocumentKind;
import org.recordpath.extraction.SourceDocument;
import org.recordpath.extraction.UnreadableDocumentException;
import org.recordpath.extraction.read.ExifOrientation;
import org.recordpath.extraction.read.ReaderSettings;

/**
 * Uploaded images: a PNG or JPEG is shown as it is (a browser turns a photo upright by its EXIF orientation, as the
 * reader did before OCR, so boxes match it); a TIFF page, which browsers cannot show, is decoded to PNG. Sizes come
 * from the image headers, and an image over the reader's pixel limit is refused before it is decoded.
 */
final class ImageFilePages {
    private final ReaderSettings reader;

    ImageFilePages(ReaderSettings reader) {
        this.reader = reader;
    }

    static boolean accepts(DocumentKind kind) {
        return kind == DocumentKind.PNG || kind == DocumentKind.JPEG || kind == DocumentKind.TIFF;
    }

    List<PageSize> sizes(SourceDocument document, DocumentKind kind) throws UnreadableDocumentException {
        return withReader(document, image -> {
            boolean swap = kind != DocumentKind.TIFF && ExifOrientation.swapsAxes(ExifOrientation.of(document.path()));
            List<PageSize> sizes = new ArrayList<>();
            for (int i = 0; i < count(image, kind); i++) {
                int w = image.getWidth(i);
                int h = image.getHeight(i);
                sizes.add(new PageSize(i + 1, swap ? h : w, swap ? w : h));
            }
            return sizes;
        });
    }

    PageImage render(SourceDocument document, DocumentKind kind, int page, PageImages.Encoder encoder)
            throws UnreadableDocumentException, NoPageImageException, PageTooLargeException, RenderBusyException {
        List<PageSize> sizes = sizes(document, kind);
        if (page < 1 || page > sizes.size()) {
            throw new NoPageImageException("this image has no page " + page);
        }
        PageSize size = sizes.get(page - 1);
        long pixels = (long) size.width() * size.height();
        if (pixels > reader.maxPixels()) {
            throw new PageTooLargeException(String.format(
                    "this image is too large to show (%d × %d pixels; the limit is %d megapixels)",
                    size.width(), size.height(), reader.maxPixels() / 1_000_000));
        }
        try {
            if (kind != DocumentKind.TIFF) {
                byte[] bytes = Files.readAllBytes(document.path());
                String type = kind == DocumentKind.PNG ? "image/png" : "image/jpeg";
                return new PageImage(page, 1, type, bytes, size.width(), size.height(), 1.0);
            }
            PageImages.Encoded png = encoder.encode(pixels, () -> decode(document, page - 1));
            return new PageImage(page, sizes.size(), "image/png", png.png(), png.width(), png.height(), 1.0);
        } catch (IOException e) {
            throw new UnreadableDocumentException(document.id(), "this image could not be decoded", e);
        }
    }

    private static BufferedImage decode(SourceDocument document, int index) throws IOException {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(document.path().toFile())) {
            ImageReader image = ImageIO.getImageReaders(in).next();
            try {
                image.setInput(in, false, false);
                return image.read(index);
            } finally {
                image.dispose();
            }
        }
    }

    private static int count(ImageReader image, DocumentKind kind) throws IOException {
        return kind == DocumentKind.TIFF ? image.getNumImages(true) : 1;
    }

    private static <T> T withReader(SourceDocument document, ReaderUse<T> use) throws UnreadableDocumentException {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(document.path().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UnreadableDocumentException(document.id(), "this image could not be decoded");
            }
            ImageReader image = readers.next();
            try {
                image.setInput(in, false, false);
                return use.apply(image);
            } finally {
                image.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(document.id(), "this image could not be decoded", e);
        }
    }

    @FunctionalInterface
    private interface ReaderUse<T> {
        T apply(ImageReader reader) throws IOException;
    }
}
