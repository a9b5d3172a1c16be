package org.recordpath.model.hgvs;

/** An expression outside the grammar; caught by {@link Hgvs} and turned into a rejection reason. */
final class HgvsSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HgvsSyntaxException(String reason) {
        super(reason, null, false, false);
    }
}
