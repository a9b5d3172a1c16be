package org.recordpath.extraction.read;

/** One page could not be read (OCR timed out, the page is damaged); the reader keeps the other pages. */
final class PageUnreadableException extends Exception {
    PageUnreadableException(String reason) {
        super(reason);
    }

    PageUnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
