package org.recordpath.intake.web;

import org.recordpath.intake.documents.DocumentView;

/** A document's state in plain words. */
final class StatusText {
    private StatusText() {}

    static String of(DocumentView d) {
        return switch (d.status()) {
            case QUEUED -> "waiting to be read";
            case PROCESSING ->
                d.progress() == null
                        ? "being read"
                        : "reading page " + d.progress().page() + " of "
                                + d.progress().pages();
            case DONE -> "done";
            case FAILED -> d.reason() == null ? "could not be read" : "could not be read: " + d.reason();
        };
    }
}
