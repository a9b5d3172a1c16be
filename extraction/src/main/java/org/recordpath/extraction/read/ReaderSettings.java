package org.recordpath.extraction.read;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits and OCR settings of a {@link DocumentReader}.
 *
 * @param maxPages pages a document may have (PDF or multi-page TIFF); more is refused
 * @param maxPixels pixels an image or rendered page may have, checked before decoding
 * @param ocrTimeout time OCR may spend on one page; a page over it is skipped with a warning
 * @param dpi resolution at which PDF pages are rendered for OCR
 * @param tessdata folder holding eng.traineddata
 */
public record ReaderSettings(int maxPages, long maxPixels, Duration ocrTimeout, int dpi, Path tessdata) {
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    /**
     * The lowest resolution a PDF page is rendered at, for OCR or to be shown: a page that fits {@link #maxPixels()}
     * only below it is refused (a 14400 pt page, PDF's largest, fits 50 megapixels at 35 dpi).
     */
    public static final int MIN_RENDER_DPI = 10;

    public ReaderSettings {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        if (maxPixels < 1_000_000) {
            throw new IllegalArgumentException("maxPixels must be at least one megapixel");
        }
        Objects.requireNonNull(ocrTimeout, "ocrTimeout");
        if (ocrTimeout.isNegative() || ocrTimeout.isZero()) {
            throw new IllegalArgumentException("ocrTimeout must be positive");
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 72 and 600");
        }
        Objects.requireNonNull(tessdata, "tessdata");
    }

    /** 500 pages, 50 megapixels, 60 s of OCR per page, 300 dpi, tessdata from TESSDATA_PREFIX or Debian's. */
    public static ReaderSettings defaults() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        Path tessdata = prefix == null || prefix.isBlank() ? DEBIAN_TESSDATA : Path.of(prefix);
        return new ReaderSettings(500, 50_000_000L, Duration.ofSeconds(60), 300, tessdata);
    }

    /**
     * The highest resolution up to {@code wantedDpi} at which a page of the given size (in PDF points, 1/72 in) renders
     * within {@link #maxPixels()}; below {@link #MIN_RENDER_DPI} the page is too large to render. The one pixel limit
     * for OCR and page images alike.
     */
    public int dpiWithinPixelLimit(double widthPoints, double heightPoints, int wantedDpi) {
        double inches = (widthPoints / 72.0) * (heightPoints / 72.0);
        double maxDpi = Math.sqrt(maxPixels / Math.max(inches, 1e-6));
        return (int) Math.min(wantedDpi, Math.floor(maxDpi));
    }

    public ReaderSettings withMaxPages(int pages) {
        return new ReaderSettings(pages, maxPixels, ocrTimeout, dpi, tessdata);
    }

    public ReaderSettings withMaxPixels(long pixels) {
        return new ReaderSettings(maxPages, pixels, ocrTimeout, dpi, tessdata);
    }

    public ReaderSettings withOcrTimeout(Duration timeout) {
        return new ReaderSettings(maxPages, maxPixels, timeout, dpi, tessdata);
    }

    public ReaderSettings withTessdata(Path folder) {
        return new ReaderSettings(maxPages, maxPixels, ocrTimeout, dpi, folder);
    }
}
