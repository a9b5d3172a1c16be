package org.recordpath.extraction.render;

/**
 * The size of a page in the coordinates of its provenance boxes (see {@link org.recordpath.model.fact.Provenance}):
 * a box on this page lies within {@code [0, width] × [0, height]}.
 */
public record PageSize(int page, int width, int height) {
    public PageSize {
        if (page < 1 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a page is numbered from 1 and at least one pixel in size");
        }
    }
}
