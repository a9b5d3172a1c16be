package org.recordpath.intake.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An account change that is not allowed as asked: a taken username, an admin disabling or demoting themself, a role
 * change to or from PATIENT (a patient account is bound to its record for life). The message names the reason and
 * carries no health data.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class AccountChangeRefusedException extends RuntimeException {
    public AccountChangeRefusedException(String message) {
        super(message);
    }
}
