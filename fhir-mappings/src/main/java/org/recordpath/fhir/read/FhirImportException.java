package org.recordpath.fhir.read;

/**
 * A FHIR document could not be imported: unsafe or malformed input, or not a Bundle. The message is plain language,
 * names the document id and never carries the document's content.
 */
public final class FhirImportException extends RuntimeException {
    private final String documentId;

    public FhirImportException(String documentId, String message) {
        super(message + " (document " + documentId + ")");
        this.documentId = documentId;
    }

    public FhirImportException(String documentId, String message, Throwable cause) {
        super(message + " (document " + documentId + ")", cause);
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
