package org.recordpath.model.fact;

/** Character offsets [start, end) into the text of one page. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
