package org.recordpath.intake.patients;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such patient, or one the caller may not see: the two are never told apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PatientNotFoundException extends RuntimeException {
    public PatientNotFoundException(UUID id) {
        super("patient " + id + " not found");
    }
}
