package org.recordpath.model.fact;

/** A rectangle in pixels of the page the text was read from, origin top left; see {@link Provenance} for the scale. */
public record Box(int x, int y, int w, int h) {
    public Box {
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("negative box size");
        }
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int x0 = Math.min(x, other.x);
        int y0 = Math.min(y, other.y);
        int x1 = Math.max(x + w, other.x + other.w);
        int y1 = Math.max(y + h, other.y + other.h);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
