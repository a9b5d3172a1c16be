package org.recordpath.extraction.render;

import java.time.Duration;

/** Other renders held the pixel budget for longer than the settings' wait: try again after {@link #retryAfter()}. */
public class RenderBusyException extends Exception {
    private final Duration retryAfter;

    public RenderBusyException(Duration retryAfter) {
        super("page images are being rendered for others: try again shortly");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
