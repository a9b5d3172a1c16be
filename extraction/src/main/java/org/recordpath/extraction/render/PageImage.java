package org.recordpath.extraction.render;

import java.util.Objects;

/**
 * One page as an image to show.
 *
 * @param page 1-based
 * @param pageCount pages of the document
 * @param contentType {@code image/png} for a rendered page; an uploaded image's own type when it is served as is
 * @param bytes the encoded image
 * @param width pixels, as a browser shows the image (an uploaded photo turned upright by its EXIF orientation)
 * @param height pixels, likewise
 * @param boxScale image pixels per provenance-box pixel: multiply a {@link org.recordpath.model.fact.Box} by this
 */
public record PageImage(
        int page, int pageCount, String contentType, byte[] bytes, int width, int height, double boxScale) {
    public PageImage {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(bytes, "bytes");
        if (page < 1 || page > pageCount) {
            throw new IllegalArgumentException("page " + page + " of " + pageCount);
        }
        if (!(boxScale > 0)) {
            throw new IllegalArgumentException("boxScale must be positive");
        }
    }
}
