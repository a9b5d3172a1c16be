package org.recordpath.extraction.read;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Prepares an image for OCR: 8-bit grey, about 300 dpi, and tells whether its light is uneven (a photo), in
 * which case Tesseract binarises it locally (Sauvola) instead of with one global threshold.
 */
final class ImageNormaliser {
    static final int TARGET_DPI = 300;
    /** The long side of a letter/A4 page at 300 dpi; images of unknown resolution are scaled towards it. */
    private static final int PAGE_LONG_SIDE = 3300;

    private static final double MAX_UPSCALE = 3.0;
    private static final int TILES = 8;
    private static final int UNEVEN_BACKGROUND_SPREAD = 60;

    private ImageNormaliser() {}

    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }

    /**
     * The factor that brings an image to about 300 dpi: from its declared resolution when it has a plausible one,
     * else from its size, taking it for a photographed or scanned page. Never shrinks, never more than 3×.
     */
    static double scaleFor(int width, int height, double declaredDpi) {
        double factor;
        if (declaredDpi >= 70 && declaredDpi <= 1200) {
            factor = TARGET_DPI / declaredDpi;
        } else {
            factor = PAGE_LONG_SIDE / (double) Math.max(width, height);
        }
        return factor < 1.15 ? 1.0 : Math.min(MAX_UPSCALE, factor);
    }

    static BufferedImage scale(BufferedImage gray, double fx, double fy) {
        if (fx == 1.0 && fy == 1.0) {
            return gray;
        }
        int w = Math.max(1, (int) Math.round(gray.getWidth() * fx));
        int h = Math.max(1, (int) Math.round(gray.getHeight() * fy));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(gray, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /**
     * Whether the background brightness varies a lot across the image (shadows, vignetting, a desk around the page),
     * measured as the spread of the bright (90th percentile) level of 8×8 tiles.
     */
    static boolean unevenLight(BufferedImage gray) {
        Raster raster = gray.getRaster();
        int tw = gray.getWidth() / TILES;
        int th = gray.getHeight() / TILES;
        if (tw < 4 || th < 4) {
            return false;
        }
        int min = 255;
        int max = 0;
        int[] histogram = new int[256];
        for (int ty = 0; ty < TILES; ty++) {
            for (int tx = 0; tx < TILES; tx++) {
                java.util.Arrays.fill(histogram, 0);
                int samples = 0;
                for (int y = ty * th; y < (ty + 1) * th; y += 4) {
                    for (int x = tx * tw; x < (tx + 1) * tw; x += 4) {
                        histogram[raster.getSample(x, y, 0)]++;
                        samples++;
                    }
                }
                int bright = percentile(histogram, samples, 0.9);
                min = Math.min(min, bright);
                max = Math.max(max, bright);
            }
        }
        return max - min >= UNEVEN_BACKGROUND_SPREAD;
    }

    private static int percentile(int[] histogram, int samples, double p) {
        int target = (int) Math.ceil(samples * p);
        int seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= target) {
                return v;
            }
        }
        return 255;
    }
}
