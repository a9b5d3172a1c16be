/**
 * Reading documents into page texts: type sniffing by content, PDF text layers or OCR per page, images by OCR, words
 * with character offsets, pixel boxes and confidences. The entry point is {@link
 * org.recordpath.extraction.read.DocumentReader}.
 */
package org.recordpath.extraction.read;
