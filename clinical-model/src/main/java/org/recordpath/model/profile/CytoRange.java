package org.recordpath.model.profile;

import java.util.Objects;

/**
 * An IPSS-R cytogenetic category known only as a range (risk-scores.md section 1.1), e.g. Poor–Very Poor for a
 * karyotype reported as "complex" or with a marker range {@code +1~3mar}; {@code low == high} when exact.
 */
public record CytoRange(CytoCategory low, CytoCategory high) {
    public CytoRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.points() > high.points()) {
            throw new IllegalArgumentException("range upside down: " + low + " to " + high);
        }
    }

    /** The range holding exactly one category. */
    public static CytoRange of(CytoCategory category) {
        return new CytoRange(category, category);
    }

    /** The smallest range holding both categories. */
    public static CytoRange spanning(CytoCategory a, CytoCategory b) {
        return a.points() <= b.points() ? new CytoRange(a, b) : new CytoRange(b, a);
    }

    /** Whether one category is known. */
    public boolean exact() {
        return low == high;
    }

    /** The smallest range holding this one and {@code other}. */
    public CytoRange union(CytoRange other) {
        CytoCategory lo = low.points() <= other.low.points() ? low : other.low;
        CytoCategory hi = high.points() >= other.high.points() ? high : other.high;
        return new CytoRange(lo, hi);
    }

    @Override
    public String toString() {
        return exact() ? low.toString() : low + "–" + high;
    }
}
