package org.recordpath.intake.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page or size out of range. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadAuditQueryException extends RuntimeException {
    public BadAuditQueryException(String message) {
        super(message);
    }
}
