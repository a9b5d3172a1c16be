package org.recordpath.extraction.read;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The EXIF orientation of a photo (1–8): phones store the sensor's pixels and a tag saying how to turn them upright,
 * which Java's image decoders ignore. Read with metadata-extractor; an image without the tag, or with a broken one,
 * is taken as upright.
 */
public final class ExifOrientation {
    static final int UPRIGHT = 1;

    private ExifOrientation() {}

    public static int of(Path image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(image.toFile());
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return UPRIGHT;
            }
            int orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : UPRIGHT;
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            return UPRIGHT;
        }
    }

    /** Whether turning an image of this orientation upright swaps its width and height (quarter turns). */
    public static boolean swapsAxes(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The grey image turned upright for an EXIF orientation: 3 is turned 180°, 6 a quarter turn clockwise, 8 a
     * quarter turn anticlockwise; 2, 4, 5 and 7 are the mirrored forms of 1, 3, 6 and 8.
     */
    static BufferedImage upright(BufferedImage gray, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return gray;
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        Raster src = gray.getRaster();
        WritableRaster dst = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            src.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int tx;
                int ty;
                switch (orientation) {
                    case 2 -> {
                        tx = w - 1 - x;
                        ty = y;
                    }
                    case 3 -> {
                        tx = w - 1 - x;
                        ty = h - 1 - y;
                    }
                    case 4 -> {
                        tx = x;
                        ty = h - 1 - y;
                    }
                    case 5 -> {
                        tx = y;
                        ty = x;
                    }
                    case 6 -> {
                        tx = h - 1 - y;
                        ty = x;
                    }
                    case 7 -> {
                        tx = h - 1 - y;
                        ty = w - 1 - x;
                    }
                    default -> {
                        tx = y;
                        ty = w - 1 - x;
                    }
                }
                dst.setSample(tx, ty, 0, row[x]);
            }
        }
        return out;
    }
}
