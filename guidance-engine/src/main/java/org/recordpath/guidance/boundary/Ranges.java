package org.recordpath.guidance.boundary;

import java.math.BigDecimal;
import java.util.Map;
import org.recordpath.model.profile.Analyte;

/**
 * The possible range of every numeric fact, in canonical units. These are limits of what can be true of a living
 * patient or of a measurement (a percentage cannot exceed 100), not reference ranges: a value outside them is a
 * misreading, not a finding.
 */
final class Ranges {
    /** An inclusive range; {@code lowOpen} makes the lower end exclusive (a hemoglobin of 0 is not a reading). */
    record Range(BigDecimal low, BigDecimal high, boolean lowOpen) {
        static Range closed(String low, String high) {
            return new Range(new BigDecimal(low), new BigDecimal(high), false);
        }

        boolean contains(BigDecimal v) {
            int lo = v.compareTo(low);
            return (lowOpen ? lo > 0 : lo >= 0) && v.compareTo(high) <= 0;
        }

        String shown() {
            return (lowOpen ? "above " + low.toPlainString() + " and up to " : low.toPlainString() + " to ")
                    + high.toPlainString();
        }
    }

    static final Range PERCENT = Range.closed("0", "100");
    static final Range AGE = Range.closed("0", "120");
    static final Range ECOG = Range.closed("0", "5");
    static final Range FIBROSIS = Range.closed("0", "3");
    static final Range UNITS_PER_8_WEEKS = Range.closed("0", "40");
    static final Range UNITS_16_WEEKS = Range.closed("0", "80");
    static final Range TOTAL_UNITS = Range.closed("0", "5000");
    static final Range CYCLES = Range.closed("0", "200");

    private static final Map<Analyte, Range> LABS = Map.of(
            Analyte.HEMOGLOBIN, new Range(BigDecimal.ZERO, new BigDecimal(25), true),
            Analyte.PLATELETS, Range.closed("0", "5000"),
            Analyte.ANC, Range.closed("0", "200"),
            Analyte.WBC, Range.closed("0", "1000"),
            Analyte.MCV, Range.closed("40", "200"),
            Analyte.SERUM_EPO, Range.closed("0", "100000"),
            Analyte.FERRITIN, Range.closed("0", "100000"),
            Analyte.CREATININE_CLEARANCE, Range.closed("0", "300"));

    private Ranges() {}

    /** The range of a lab in its canonical unit; blasts and ring sideroblasts are percentages. */
    static Range of(Analyte a) {
        return LABS.getOrDefault(a, PERCENT);
    }
}
