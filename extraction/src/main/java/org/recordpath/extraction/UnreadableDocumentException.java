package org.recordpath.extraction;

/**
 * A document that cannot be read at all. The message is plain words for the person who uploaded it ("this PDF is
 * password-protected: upload an unlocked copy") and never contains document text.
 */
public class UnreadableDocumentException extends Exception {
    private final String documentId;

    public UnreadableDocumentException(String documentId, String message) {
        super(message);
        this.documentId = documentId;
    }

    public UnreadableDocumentException(String documentId, String message, Throwable cause) {
        super(message, cause);
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
