/**
 * Page images of stored documents for people to look at (the navigator's review screen): a PDF page rendered within
 * the reader's pixel limit, an image as uploaded, with the scale that maps provenance boxes onto it. The entry point
 * is {@link org.recordpath.extraction.render.PageImages}.
 */
package org.recordpath.extraction.render;
