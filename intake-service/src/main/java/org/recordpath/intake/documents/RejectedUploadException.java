package org.recordpath.intake.documents;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An upload refused before it is stored; the message is plain words for the uploader and holds no content. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class RejectedUploadException extends RuntimeException {
    public RejectedUploadException(String message) {
        super(message);
    }
}
