package org.recordpath.guidance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;

/**
 * Puts every lab in its canonical unit before scoring (risk-scores.md section 0, pathways.md section 3.5); a value
 * whose unit is not recognised becomes unknown, with a warning.
 */
final class CanonicalUnits {
    private CanonicalUnits() {}

    /** @param withheld each lab dropped for its unit, with the reason: recorded but unknown, not absent */
    record Result(ClinicalProfile profile, List<String> warnings, Map<String, String> withheld) {}

    static Result apply(ClinicalProfile p) {
        List<String> warnings = new ArrayList<>();
        Map<String, String> withheld = new java.util.LinkedHashMap<>();
        Map<Analyte, LabValue> out = new EnumMap<>(Analyte.class);
        boolean changed = false;
        for (Map.Entry<Analyte, LabValue> e : p.labs().toMap().entrySet()) {
            LabValue v = e.getValue();
            BigDecimal factor = factor(e.getKey(), v.unit());
            if (factor == null) {
                warnings.add(e.getKey().path() + ": unit '" + v.unit() + "' not recognised; treated as unknown");
                withheld.put(
                        e.getKey().path(),
                        v.value().stripTrailingZeros().toPlainString() + " " + v.unit() + ": unit not recognised");
                changed = true;
                continue;
            }
            if (factor.compareTo(BigDecimal.ONE) == 0
                    && v.unit().equals(e.getKey().canonicalUnit())) {
                out.put(e.getKey(), v);
                continue;
            }
            changed = true;
            out.put(e.getKey(), convert(e.getKey(), v, factor));
        }
        if (!changed) {
            return new Result(p, warnings, withheld);
        }
        ClinicalProfile q = p.withLabs(Labs.fromMap(out));
        return new Result(q, warnings, withheld);
    }

    private static LabValue convert(Analyte a, LabValue v, BigDecimal factor) {
        List<LabPoint> series = new ArrayList<>();
        for (LabPoint s : v.series()) {
            BigDecimal f = factor(a, s.unit());
            if (f != null) {
                series.add(
                        new LabPoint(scale(s.value(), f), a.canonicalUnit(), s.comparator(), s.date(), s.provenance()));
            }
        }
        return new LabValue(
                scale(v.value(), factor),
                a.canonicalUnit(),
                v.comparator(),
                v.date(),
                v.provenance(),
                series,
                v.conflicts());
    }

    private static BigDecimal scale(BigDecimal value, BigDecimal factor) {
        return value.multiply(factor, MathContext.DECIMAL64).stripTrailingZeros();
    }

    /** Multiplier to the canonical unit, or null when the unit is not known for this analyte. */
    static BigDecimal factor(Analyte a, String unit) {
        String u = unit.trim()
                .toLowerCase(Locale.ROOT)
                .replace("µ", "u")
                .replace("μ", "u")
                .replace(" ", "");
        switch (a) {
            case HEMOGLOBIN:
                if (u.equals("g/dl")) {
                    return BigDecimal.ONE;
                }
                if (u.equals("g/l")) {
                    return new BigDecimal("0.1");
                }
                return u.equals("mmol/l")
                        ? BigDecimal.ONE.divide(new BigDecimal("0.6206"), MathContext.DECIMAL64)
                        : null;
            case PLATELETS:
            case ANC:
            case WBC:
                return countFactor(u);
            case CREATININE_CLEARANCE:
                return u.equals("ml/min") || u.equals("ml/min/1.73m2") ? BigDecimal.ONE : null;
            case MCV:
                return u.equals("fl") || u.equals("um3") ? BigDecimal.ONE : null;
            case SERUM_EPO:
                return List.of("m[iu]/ml", "mu/ml", "miu/ml", "iu/l", "u/l").contains(u) ? BigDecimal.ONE : null;
            case FERRITIN:
                return u.equals("ng/ml") || u.equals("ug/l") ? BigDecimal.ONE : null;
            default:
                return u.equals("%") ? BigDecimal.ONE : null;
        }
    }

    /**
     * Cell counts: the 10^9/L spellings; counts per microlitre or cubic millimetre divided by 1000 (45,000/uL is
     * 45 x 10^9/L); lakh per cubic millimetre times 100 (pathways.md section 3.5).
     */
    private static BigDecimal countFactor(String u) {
        if (List.of(
                        "10*9/l",
                        "10^9/l",
                        "g/l",
                        "k/ul",
                        "10*3/ul",
                        "10^3/ul",
                        "x10e3/ul",
                        "10e9/l",
                        "thou/ul",
                        "10^3/mm3",
                        "k/cmm")
                .contains(u)) {
            return BigDecimal.ONE;
        }
        if (List.of("/ul", "cells/ul", "/mm3", "cells/mm3", "/cumm", "perul", "/cmm")
                .contains(u)) {
            return new BigDecimal("0.001");
        }
        return u.equals("lakh/cumm") || u.equals("lakh/mm3") ? new BigDecimal(100) : null;
    }
}
