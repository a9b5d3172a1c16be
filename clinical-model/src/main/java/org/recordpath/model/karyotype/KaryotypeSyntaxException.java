package org.recordpath.model.karyotype;

/** A karyotype string outside the grammar; caught by {@link Karyotypes} and turned into a rejection reason. */
final class KaryotypeSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KaryotypeSyntaxException(String reason) {
        super(reason, null, false, false);
    }
}
