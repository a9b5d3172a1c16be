package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.CytoRange;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;

/** IPSS-R calculator, exact in {@link BigDecimal} (risk-scores.md section 1). */
public final class IpssR {
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal ONE_HALF = new BigDecimal("1.5");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal THREE = new BigDecimal("3");
    private static final BigDecimal EPSILON = new BigDecimal("0.000000001");
    private static final BigDecimal HUGE = new BigDecimal("1000000");

    private IpssR() {}

    /** BM blasts %: 0 if at most 2; 1 if above 2 and below 5; 2 if 5 to 10; 3 above 10. */
    public static BigDecimal blastPoints(BigDecimal blasts) {
        if (blasts.compareTo(TWO) <= 0) {
            return ZERO;
        }
        if (blasts.compareTo(new BigDecimal(5)) < 0) {
            return ONE;
        }
        return blasts.compareTo(BigDecimal.TEN) <= 0 ? TWO : THREE;
    }

    /** Hemoglobin g/dL: 0 at 10 or more; 1 from 8 to below 10; 1.5 below 8. */
    public static BigDecimal hemoglobinPoints(BigDecimal hb) {
        if (hb.compareTo(BigDecimal.TEN) >= 0) {
            return ZERO;
        }
        return hb.compareTo(new BigDecimal(8)) >= 0 ? ONE : ONE_HALF;
    }

    /** Platelets 10^9/L: 0 at 100 or more; 0.5 from 50 to below 100; 1 below 50. */
    public static BigDecimal plateletPoints(BigDecimal plt) {
        if (plt.compareTo(new BigDecimal(100)) >= 0) {
            return ZERO;
        }
        return plt.compareTo(new BigDecimal(50)) >= 0 ? HALF : ONE;
    }

    /** ANC 10^9/L: 0 at 0.8 or more; 0.5 below. */
    public static BigDecimal ancPoints(BigDecimal anc) {
        return anc.compareTo(new BigDecimal("0.8")) >= 0 ? ZERO : HALF;
    }

    /** Risk group of a score: right-closed intervals at 1.5, 3, 4.5 and 6. */
    public static String category(BigDecimal score) {
        if (score.compareTo(ONE_HALF) <= 0) {
            return "Very Low";
        }
        if (score.compareTo(THREE) <= 0) {
            return "Low";
        }
        if (score.compareTo(new BigDecimal("4.5")) <= 0) {
            return "Intermediate";
        }
        return score.compareTo(new BigDecimal(6)) <= 0 ? "High" : "Very High";
    }

    public static IpssrResult compute(ClinicalProfile p) {
        List<IpssrComponent> c = new ArrayList<>();
        c.add(cytogenetics(p.karyotype()));
        c.add(lab("blasts", "labs.bmBlasts", p.labs().bmBlasts(), "%", IpssR::blastPoints, THREE));
        c.add(lab("hb", "labs.hemoglobin", p.labs().hemoglobin(), "g/dL", IpssR::hemoglobinPoints, ONE_HALF));
        c.add(lab("plt", "labs.platelets", p.labs().platelets(), "10*9/L", IpssR::plateletPoints, ONE));
        c.add(lab("anc", "labs.anc", p.labs().anc(), "10*9/L", IpssR::ancPoints, HALF));
        List<String> missing = new ArrayList<>();
        BigDecimal min = ZERO;
        BigDecimal max = ZERO;
        for (IpssrComponent x : c) {
            min = min.add(x.minPoints());
            max = max.add(x.maxPoints());
            if (x.points() == null) {
                missing.add(x.input());
            }
        }
        if (!missing.isEmpty()) {
            String group = category(min).equals(category(max)) && onlyRanges(c) ? category(min) : null;
            return new IpssrResult(null, group, c, min, max, missing, null);
        }
        Integer age = p.demographics().age();
        return new IpssrResult(min, category(min), c, min, max, List.of(), age == null ? null : ageAdjusted(min, age));
    }

    /**
     * Whether every undecided input is a known range (a cytogenetic category range, #14) rather than missing: then
     * the risk group is decided when the lowest and the highest possible scores fall in the same group.
     */
    private static boolean onlyRanges(List<IpssrComponent> components) {
        return components.stream()
                .filter(x -> x.points() == null)
                .allMatch(x -> x.input().equals("cyto") && !x.value().equals("not recorded"));
    }

    /** IPSS-RA, risk-scores.md section 1.4; exact, then rounded to 4 decimals like the reference code. */
    public static IpssrResult.AgeAdjusted ageAdjusted(BigDecimal s, int age) {
        BigDecimal factor = new BigDecimal("0.05").subtract(new BigDecimal("0.005").multiply(s));
        BigDecimal ra = s.add(new BigDecimal(age - 70).multiply(factor)).setScale(4, RoundingMode.HALF_UP);
        return new IpssrResult.AgeAdjusted(ra, category(ra), age);
    }

    /**
     * The cytogenetic points; a category known only as a range (#14: "complex", a marker range) gives its lowest and
     * highest points and no single value, like a lab bound that straddles a boundary.
     */
    private static IpssrComponent cytogenetics(KaryotypeFinding k) {
        CytoRange range = k == null ? null : k.ipssrCategoryRange().orElse(null);
        if (range == null) {
            return new IpssrComponent(
                    "cyto", "karyotype.ipssrCategory", "not recorded", null, ZERO, new BigDecimal(4), false, null);
        }
        BigDecimal lo = new BigDecimal(range.low().points());
        BigDecimal hi = new BigDecimal(range.high().points());
        return new IpssrComponent(
                "cyto",
                "karyotype.ipssrCategory",
                range.toString(),
                range.exact() ? lo : null,
                lo,
                hi,
                false,
                k.provenance());
    }

    private static IpssrComponent lab(
            String input,
            String path,
            LabValue v,
            String unit,
            Function<BigDecimal, BigDecimal> points,
            BigDecimal maxPoints) {
        if (v == null) {
            return new IpssrComponent(input, path, "not recorded", null, ZERO, maxPoints, false, null);
        }
        String shown = LabBounds.display(v, unit);
        if (v.comparator() == null) {
            BigDecimal pts = points.apply(v.value());
            return new IpssrComponent(input, path, shown, pts, pts, pts, false, v.provenance());
        }
        BigDecimal[] range = LabBounds.interval(v.comparator(), v.value(), EPSILON, HUGE);
        BigDecimal a = points.apply(range[0]);
        BigDecimal b = points.apply(range[1]);
        BigDecimal lo = a.min(b);
        BigDecimal hi = a.max(b);
        boolean decided = lo.compareTo(hi) == 0;
        return new IpssrComponent(input, path, shown, decided ? lo : null, lo, hi, decided, v.provenance());
    }
}
