package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;

/**
 * The lowest and highest IPSS (Greenberg 1997) total the known components allow, to check a reported IPSS category
 * (marrow blasts of 15 % alone give 1.5 points, so the patient cannot be Low or Int-1). Points: marrow blasts
 * &lt; 5 % 0, 5-10 % 0.5, 11-20 % 1.5, 21-30 % 2; karyotype good 0, intermediate 0.5, poor (complex or chromosome 7
 * anomaly) 1; cytopenias (Hb &lt; 10 g/dL, ANC &lt; 1.8, platelets &lt; 100 x 10^9/L) 0-1 lineages 0, 2-3 lineages 0.5.
 * Categories: Low 0, Int-1 0.5-1.0, Int-2 1.5-2.0, High 2.5 or more. RecordPath never uses IPSS to set the risk
 * group on its own; it only checks what a record reports.
 */
final class Ipss1997Bounds {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Ipss1997Bounds() {}

    /** {min, max} of the total. */
    static BigDecimal[] of(ClinicalProfile p) {
        BigDecimal[] blasts = blasts(p.labs().bmBlasts());
        BigDecimal[] karyo = karyotype(p.karyotype());
        BigDecimal[] cyto = cytopenias(p);
        return new BigDecimal[] {
            blasts[0].add(karyo[0]).add(cyto[0]), blasts[1].add(karyo[1]).add(cyto[1])
        };
    }

    /** The category of a total. */
    static String category(BigDecimal score) {
        if (score.signum() == 0) {
            return "low";
        }
        if (score.compareTo(BigDecimal.ONE) <= 0) {
            return "int 1";
        }
        return score.compareTo(new BigDecimal(2)) <= 0 ? "int 2" : "high";
    }

    /** {low, high} score interval of a category, or null when the category is not an IPSS one. */
    static BigDecimal[] interval(String category) {
        switch (category) {
            case "low":
                return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
            case "int 1":
            case "intermediate 1":
                return new BigDecimal[] {HALF, BigDecimal.ONE};
            case "int 2":
            case "intermediate 2":
                return new BigDecimal[] {new BigDecimal("1.5"), new BigDecimal(2)};
            case "high":
                return new BigDecimal[] {new BigDecimal("2.5"), new BigDecimal("3.5")};
            default:
                return null;
        }
    }

    private static BigDecimal[] blasts(LabValue v) {
        if (v == null || v.comparator() != null) {
            return new BigDecimal[] {BigDecimal.ZERO, new BigDecimal(2)};
        }
        BigDecimal b = v.value();
        BigDecimal pts = b.compareTo(new BigDecimal(5)) < 0
                ? BigDecimal.ZERO
                : b.compareTo(BigDecimal.TEN) <= 0
                        ? HALF
                        : b.compareTo(new BigDecimal(20)) <= 0 ? new BigDecimal("1.5") : new BigDecimal(2);
        return new BigDecimal[] {pts, pts};
    }

    private static BigDecimal[] karyotype(KaryotypeFinding k) {
        if (k == null) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
        }
        if (Boolean.TRUE.equals(k.complex()) || Boolean.TRUE.equals(k.minus7OrDel7q())) {
            return new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE};
        }
        if (k.abnormalityCount() != null && k.abnormalityCount() == 0) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        if (Boolean.FALSE.equals(k.complex()) && Boolean.FALSE.equals(k.minus7OrDel7q())) {
            return new BigDecimal[] {BigDecimal.ZERO, HALF};
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE};
    }

    private static BigDecimal[] cytopenias(ClinicalProfile p) {
        int yes = 0;
        int open = 0;
        for (Boolean b : new Boolean[] {
            below(p.labs().hemoglobin(), BigDecimal.TEN),
            below(p.labs().anc(), new BigDecimal("1.8")),
            below(p.labs().platelets(), new BigDecimal(100))
        }) {
            if (b == null) {
                open++;
            } else if (b) {
                yes++;
            }
        }
        return new BigDecimal[] {yes >= 2 ? HALF : BigDecimal.ZERO, yes + open >= 2 ? HALF : BigDecimal.ZERO};
    }

    private static Boolean below(LabValue v, BigDecimal line) {
        if (v == null || v.comparator() != null) {
            return null;
        }
        return v.value().compareTo(line) < 0;
    }
}
