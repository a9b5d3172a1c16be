package org.recordpath.extraction.render;

/** The document has no such page, or is of a kind without page images (a text file, a FHIR bundle). */
public class NoPageImageException extends Exception {
    public NoPageImageException(String message) {
        super(message);
    }
}
