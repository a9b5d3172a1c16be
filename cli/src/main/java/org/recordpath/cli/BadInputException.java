package org.recordpath.cli;

/** Input the CLI cannot use; the message says which input and why, in plain words. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
