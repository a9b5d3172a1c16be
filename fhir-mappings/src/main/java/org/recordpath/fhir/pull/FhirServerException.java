package org.recordpath.fhir.pull;

/** A FHIR server refused the request or could not be reached; the message names the server and status, no data. */
public final class FhirServerException extends RuntimeException {
    public FhirServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
