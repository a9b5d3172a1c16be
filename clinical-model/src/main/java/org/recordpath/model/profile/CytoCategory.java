package org.recordpath.model.profile;

/** IPSS-R cytogenetic risk category (Schanz 2012) with its IPSS-R points; {@link #toString()} is the contract's spelling. */
public enum CytoCategory {
    VERY_GOOD("Very Good", 0),
    GOOD("Good", 1),
    INTERMEDIATE("Intermediate", 2),
    POOR("Poor", 3),
    VERY_POOR("Very Poor", 4);

    private final String label;
    private final int points;

    CytoCategory(String label, int points) {
        this.label = label;
        this.points = points;
    }

    /** IPSS-R points (0-4); also the IPSS-M CYTOVEC value. */
    public int points() {
        return points;
    }

    @Override
    public String toString() {
        return label;
    }
}
