package org.recordpath.intake.documents;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A re-run was asked for a document that is still queued or being processed. */
@ResponseStatus(HttpStatus.CONFLICT)
public class DocumentBusyException extends RuntimeException {
    public DocumentBusyException(UUID id) {
        super("document " + id + " is still queued or processing");
    }
}
