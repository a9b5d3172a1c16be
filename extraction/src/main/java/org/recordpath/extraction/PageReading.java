package org.recordpath.extraction;

import org.recordpath.model.fact.ReadMethod;

/** How one page was read: by its text layer or by OCR, with the mean OCR confidence (1.0 for a text layer). */
public record PageReading(int page, ReadMethod method, double confidence, int characters) {}
