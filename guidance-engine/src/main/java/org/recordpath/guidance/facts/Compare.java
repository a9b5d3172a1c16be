package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import org.recordpath.guidance.logic.Operator;
import org.recordpath.guidance.logic.Truth;
import org.recordpath.guidance.risk.LabBounds;

/** Compares a numeric {@link Value} with a threshold; a bound decides only when its whole range agrees. */
public final class Compare {
    private static final BigDecimal EPSILON = new BigDecimal("0.000000001");
    private static final BigDecimal HUGE = new BigDecimal("1000000000");

    private Compare() {}

    public static Truth test(Value v, Operator op, BigDecimal threshold) {
        if (!v.known()) {
            return Truth.UNKNOWN;
        }
        if (v.comparator() == null) {
            return Truth.of(op.holds(v.number().compareTo(threshold)));
        }
        BigDecimal[] range = LabBounds.interval(v.comparator(), v.number(), EPSILON, HUGE);
        boolean lo = op.holds(range[0].compareTo(threshold));
        boolean hi = op.holds(range[1].compareTo(threshold));
        return lo == hi ? Truth.of(lo) : Truth.UNKNOWN;
    }
}
