package org.recordpath.extraction.render;

/** A page that cannot be shown within the pixel limit even at the lowest resolution; the message says so plainly. */
public class PageTooLargeException extends Exception {
    public PageTooLargeException(String message) {
        super(message);
    }
}
