package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.ReportedRisk;

/**
 * Whether a reported risk may stand in for a computed one (pathways.md section 2.1 rule 3): its score must be
 * possible (IPSS 0-3.5 and IPSS-R 0-10 in steps of 0.5, IPSS-M within the model's own extremes), its category must
 * be the one its score gives (risk-scores.md sections 1.3 and 2.4), and both must be reachable from the components
 * the profile knows.
 */
final class ReportedRiskCheck {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final double[] IPSSM_LIMITS = ipssmLimits();

    private ReportedRiskCheck() {}

    /** Why the reported risk cannot be used, or empty when it is consistent. */
    static Optional<String> problem(ReportedRisk r, IpssrResult ipssr, IpssmResult ipssm, ClinicalProfile p) {
        String sys = RiskGroupRule.system(r);
        String cat = RiskGroupRule.category(r);
        switch (sys) {
            case "IPSS-R":
                return ipssr(r.score(), cat, ipssr);
            case "IPSS-M":
                return ipssm(r.score(), cat, ipssm);
            case "IPSS":
                return ipss(r.score(), cat, p == null ? null : Ipss1997Bounds.of(p));
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> ipssr(BigDecimal score, String cat, IpssrResult computed) {
        if (score != null) {
            if (!stepsOfHalf(score, new BigDecimal(10))) {
                return Optional.of("IPSS-R score " + plain(score) + " is impossible (0 to 10 in steps of 0.5)");
            }
            if (!cat.isEmpty()
                    && !IpssR.category(score).toLowerCase(Locale.ROOT).equals(longForm(cat))) {
                return Optional.of("category " + cat + " is not the category of IPSS-R score " + plain(score));
            }
            if (score.compareTo(computed.min()) < 0 || score.compareTo(computed.max()) > 0) {
                return Optional.of("IPSS-R score " + plain(score) + " is outside what the known components allow ("
                        + plain(computed.min()) + " to " + plain(computed.max()) + ")");
            }
        }
        if (!cat.isEmpty() && !reachable(longForm(cat), computed)) {
            return Optional.of("IPSS-R " + cat + " is impossible with the known components (IPSS-R "
                    + plain(computed.min()) + " to " + plain(computed.max()) + ")");
        }
        return Optional.empty();
    }

    private static boolean reachable(String category, IpssrResult computed) {
        for (BigDecimal s = computed.min(); s.compareTo(computed.max()) <= 0; s = s.add(HALF)) {
            if (IpssR.category(s).toLowerCase(Locale.ROOT).equals(category)) {
                return true;
            }
        }
        return !java.util.List.of("very low", "low", "intermediate", "high", "very high")
                .contains(category);
    }

    private static Optional<String> ipssm(BigDecimal score, String cat, IpssmResult computed) {
        double best = computed.best().score();
        double worst = computed.worst().score();
        if (score != null) {
            double s = score.doubleValue();
            if (s < IPSSM_LIMITS[0] - 0.005 || s > IPSSM_LIMITS[1] + 0.005) {
                return Optional.of("IPSS-M score " + plain(score) + " is impossible (the model's range is "
                        + IPSSM_LIMITS[0] + " to " + IPSSM_LIMITS[1] + ")");
            }
            if (!cat.isEmpty() && !IpssM.category(s).toLowerCase(Locale.ROOT).equals(longForm(cat))) {
                return Optional.of("category " + cat + " is not the category of IPSS-M score " + plain(score));
            }
            if (s < best - 0.005 || s > worst + 0.005) {
                return Optional.of("IPSS-M score " + plain(score) + " is outside what the known inputs allow (" + best
                        + " to " + worst + ")");
            }
        }
        if (!cat.isEmpty()) {
            String c = longForm(cat);
            boolean known = false;
            boolean reachable = false;
            for (String name : new String[] {"very low", "low", "moderate low", "moderate high", "high", "very high"}) {
                known |= name.equals(c);
            }
            for (double s = Math.floor(best * 100) / 100; s <= worst + 0.001; s += 0.01) {
                reachable |= IpssM.category(Math.round(s * 100) / 100.0)
                        .toLowerCase(Locale.ROOT)
                        .equals(c);
            }
            if (known && !reachable) {
                return Optional.of("IPSS-M " + cat + " is impossible with the known inputs (IPSS-M " + best + " to "
                        + worst + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipss(BigDecimal score, String cat, BigDecimal[] bounds) {
        if (score != null) {
            if (!stepsOfHalf(score, new BigDecimal("3.5"))) {
                return Optional.of("IPSS score " + plain(score) + " is impossible (0 to 3.5 in steps of 0.5)");
            }
            if (!cat.isEmpty()
                    && Ipss1997Bounds.interval(cat) != null
                    && !Ipss1997Bounds.category(score).equals(cat.replace("intermediate", "int"))) {
                return Optional.of("category " + cat + " is not the category of IPSS score " + plain(score));
            }
        }
        BigDecimal[] interval = cat.isEmpty() ? null : Ipss1997Bounds.interval(cat);
        if (bounds != null
                && interval != null
                && (interval[1].compareTo(bounds[0]) < 0 || interval[0].compareTo(bounds[1]) > 0)) {
            return Optional.of("IPSS " + cat + " is impossible with the known components (IPSS " + plain(bounds[0])
                    + " to " + plain(bounds[1]) + ")");
        }
        return Optional.empty();
    }

    private static boolean stepsOfHalf(BigDecimal score, BigDecimal max) {
        return score.signum() >= 0
                && score.compareTo(max) <= 0
                && score.multiply(new BigDecimal(2)).stripTrailingZeros().scale() <= 0;
    }

    /** "int" and "int 1" written out as in the category tables. */
    private static String longForm(String cat) {
        return cat.equals("int") ? "intermediate" : cat.replace("int ", "intermediate ");
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }

    /** The lowest best case and highest worst case of the model: every input unknown. */
    private static double[] ipssmLimits() {
        Map<String, Integer> genes = new HashMap<>();
        IpssmInputs.MAIN_GENES.forEach(g -> genes.put(g, null));
        IpssmInputs.RESIDUAL_GENES.forEach(g -> genes.put(g, null));
        for (String g : new String[] {"SF3B1", "FLT3", "MLL_PTD"}) {
            genes.put(g, null);
        }
        IpssmResult all =
                IpssM.compute(new IpssmInputs(null, null, null, null, null, null, null, null, null, null, null, genes));
        return new double[] {all.best().score(), all.worst().score()};
    }
}
