package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.recordpath.model.profile.Transfusion;

/** Transfusion burden (pathways.md section 2.3). */
final class Transfusions {
    private static final BigDecimal TWO = new BigDecimal(2);

    private Transfusions() {}

    /** RBC units per 8 weeks: as stated, else units in the last 16 weeks divided by 2; null when unknown. */
    static BigDecimal per8Weeks(Transfusion t) {
        if (t.rbcUnitsPer8Weeks() != null) {
            return t.rbcUnitsPer8Weeks();
        }
        if (t.rbcUnitsLast16Weeks() != null) {
            return BigDecimal.valueOf(t.rbcUnitsLast16Weeks()).divide(TWO, 1, RoundingMode.HALF_UP);
        }
        return null;
    }
}
