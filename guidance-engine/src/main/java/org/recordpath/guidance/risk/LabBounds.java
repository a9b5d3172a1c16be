package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import org.recordpath.model.profile.LabValue;

/** The interval of possible values of a lab given as a bound ("&lt;0.1", "&gt;1000"). */
public final class LabBounds {
    private LabBounds() {}

    /** [low, high] end points of the values a comparator allows (open ends moved in by epsilon). */
    public static BigDecimal[] interval(String comparator, BigDecimal bound, BigDecimal epsilon, BigDecimal huge) {
        switch (comparator) {
            case "<":
                return new BigDecimal[] {BigDecimal.ZERO, bound.subtract(epsilon)};
            case "<=":
                return new BigDecimal[] {BigDecimal.ZERO, bound};
            case ">":
                return new BigDecimal[] {bound.add(epsilon), huge};
            case ">=":
                return new BigDecimal[] {bound, huge};
            default:
                return new BigDecimal[] {bound, bound};
        }
    }

    /** "8.1 g/dL" or "&lt;0.1 10*9/L". */
    public static String display(LabValue v, String unit) {
        return (v.comparator() == null ? "" : v.comparator())
                + v.value().stripTrailingZeros().toPlainString()
                + " "
                + unit;
    }
}
