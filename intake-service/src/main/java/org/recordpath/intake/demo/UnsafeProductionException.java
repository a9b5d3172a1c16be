package org.recordpath.intake.demo;

/** Thrown at startup in the prod profile when demo data would be served; reported by {@link UnsafeProductionAnalyzer}. */
class UnsafeProductionException extends RuntimeException {
    private final String action;

    UnsafeProductionException(String description, String action) {
        super("Refusing to start: " + description);
        this.action = action;
    }

    String action() {
        return action;
    }
}
