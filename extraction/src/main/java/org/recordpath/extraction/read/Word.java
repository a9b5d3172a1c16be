package org.recordpath.extraction.read;

import org.recordpath.model.fact.Box;

/**
 * One word of a page's text: its character offsets [start, end) in {@link PageText#text()}, its pixel box on the
 * page image (null for a text layer without positions) and its OCR confidence 0..1 (1 for a text layer).
 */
public record Word(int start, int end, Box box, double confidence) {}
