package org.recordpath.model.fact;

/** How the text that a fact came from was obtained. */
public enum ReadMethod {
    TEXT_LAYER,
    OCR,
    FHIR,
    PLAIN_TEXT,
    MANUAL
}
