package org.recordpath.extraction.read;

import org.recordpath.model.fact.Box;

/**
 * One word of a page's text: its character offsets [start, end) in {@link PageText#text()}, its pixel box and its OCR
 * confidence 0..1 (1 for a text layer or a text file). Boxes are in the pixels of the page image, origin top left: for
 * a PDF page (text layer or OCR) the page rendered at {@link ReaderSettings#dpi()} (300 by default), for an image the
 * image as uploaded. A text file's words have no box (null).
 */
public record Word(int start, int end, Box box, double confidence) {
    public Word {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a word spans at least one character");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1");
        }
    }
}
