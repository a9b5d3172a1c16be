package org.recordpath.extraction.render;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PageImages} renders.
 *
 * @param dpi resolution of a PDF page image; lowered for a page that would not fit the reader's pixel limit
 * @param budgetMegapixels pixels that may be rendered at the same time, in megapixels: each render holds its own size
 *     (at least one, at most the whole budget) until its PNG is written, so a huge page waits for the others and the
 *     heap stays bounded
 * @param maxWait how long a render waits for room in the budget before {@link RenderBusyException}
 */
public record RenderSettings(int dpi, int budgetMegapixels, Duration maxWait) {
    public RenderSettings {
        if (dpi < 36 || dpi > 300) {
            throw new IllegalArgumentException("dpi must be between 36 and 300");
        }
        if (budgetMegapixels < 1) {
            throw new IllegalArgumentException("budgetMegapixels must be at least 1");
        }
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative");
        }
    }

    /** 120 dpi, 50 megapixels at a time (one page of the reader's largest size), 2 s of waiting. */
    public static RenderSettings defaults() {
        return new RenderSettings(120, 50, Duration.ofSeconds(2));
    }
}
