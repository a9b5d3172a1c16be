package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.recordpath.model.profile.Analyte;

/**
 * Turns a written value into the canonical unit: with its unit through UCUM; without one by the rules of the
 * clinical specification (hemoglobin: the reference-range rule; counts written as "45,000" are per µL) and only
 * where a single reading is plausible.
 */
final class LabValues {
    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal HB_G_L_RANGE = new BigDecimal(25);

    record Converted(BigDecimal value, double confidence) {}

    private final UnitConverter units;

    LabValues(UnitConverter units) {
        this.units = units;
    }

    Optional<Converted> toCanonical(AnalyteLabels.Label label, ValueScan.Value v, ValueScan scan) {
        Analyte a = label.analyte();
        Optional<BigDecimal> out;
        double confidence = 1.0;
        if (scan.unit() != null) {
            out = units.convert(v.number(), scan.unit(), a.canonicalUnit());
        } else {
            confidence = 0.8;
            out = unitless(a, v.number(), scan.rangeHigh());
        }
        double sure = confidence;
        return out.map(x -> x.setScale(Math.min(Math.max(x.scale(), 0), 3), RoundingMode.HALF_UP))
                .filter(label::plausible)
                .map(x -> new Converted(x.stripTrailingZeros(), sure));
    }

    private static Optional<BigDecimal> unitless(Analyte a, BigDecimal n, BigDecimal rangeHigh) {
        switch (a) {
            case HEMOGLOBIN:
                if (rangeHigh != null) {
                    return Optional.of(rangeHigh.compareTo(HB_G_L_RANGE) > 0 ? n.movePointLeft(1) : n);
                }
                return n.compareTo(HB_G_L_RANGE) <= 0 ? Optional.of(n) : Optional.empty();
            case PLATELETS:
            case ANC:
            case WBC:
                return Optional.of(n.compareTo(THOUSAND) >= 0 ? n.divide(THOUSAND) : n);
            case MCV:
            case FERRITIN:
                return Optional.of(n);
            default:
                return Optional.empty();
        }
    }
}
