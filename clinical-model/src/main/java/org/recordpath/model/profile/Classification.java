package org.recordpath.model.profile;

/** Clinical significance of a variant as reported; {@link #toString()} is the contract's spelling. */
public enum Classification {
    PATHOGENIC("pathogenic"),
    LIKELY_PATHOGENIC("likely pathogenic"),
    VUS("VUS"),
    LIKELY_BENIGN("likely benign"),
    BENIGN("benign"),
    UNKNOWN("unknown");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** Pathogenic or likely pathogenic (oncogenic / likely oncogenic, tier I/II). */
    public boolean isDriver() {
        return this == PATHOGENIC || this == LIKELY_PATHOGENIC;
    }

    @Override
    public String toString() {
        return label;
    }
}
