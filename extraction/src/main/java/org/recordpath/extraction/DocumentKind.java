package org.recordpath.extraction;

/** Document types recognised from their first bytes. */
public enum DocumentKind {
    PDF,
    PNG,
    JPEG,
    TIFF,
    TEXT,
    FHIR_JSON,
    FHIR_XML,
    UNKNOWN
}
