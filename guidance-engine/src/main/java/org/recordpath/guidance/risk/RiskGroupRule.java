package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.model.profile.ReportedRisk;

/**
 * Decision order of pathways.md section 2.1: IPSS-M when determinate, else IPSS-R when decidable (with its bounds
 * when inputs are missing), else a reported risk, else unknown. IPSS-RA never sets the group.
 */
public final class RiskGroupRule {
    public static final String LOWER = "lower";
    public static final String HIGHER = "higher";
    public static final String UNKNOWN = "unknown";
    private static final BigDecimal CUT = new BigDecimal("3.5");

    private RiskGroupRule() {}

    public static RiskGroupDecision decide(IpssrResult ipssr, IpssmResult ipssm, List<ReportedRisk> reported) {
        List<String> flags = new ArrayList<>();
        List<FactUse> facts = new ArrayList<>();
        String ipssrSide = ipssrSide(ipssr);
        boolean mDeterminate = !ipssm.clinicalInputsMissing()
                && IpssM.isLower(ipssm.best().category())
                        == IpssM.isLower(ipssm.worst().category());
        String reportedGroup = reportedGroup(reported, facts);
        String group;
        String basis;
        String why;
        if (mDeterminate) {
            group = IpssM.isLower(ipssm.best().category()) ? LOWER : HIGHER;
            basis = "IPSS-M";
            why = "IPSS-M " + ipssm.best().category() + " to " + ipssm.worst().category() + " (best "
                    + ipssm.best().score() + ", worst " + ipssm.worst().score() + ") is " + group + " risk in every"
                    + " scenario";
            if (ipssrSide != null && !ipssrSide.equals(group)) {
                flags.add("computed IPSS-M (" + group + ") and IPSS-R (" + ipssrSide + ") disagree; IPSS-M used");
            }
        } else if (ipssrSide != null) {
            group = ipssrSide;
            basis = ipssr.computable() ? "IPSS-R" : "IPSS-R bounds";
            why = ipssr.computable()
                    ? "IPSS-R " + plain(ipssr.score()) + (group.equals(LOWER) ? " <= 3.5" : " > 3.5")
                    : "IPSS-R between " + plain(ipssr.min()) + " and " + plain(ipssr.max()) + " (missing "
                            + String.join(", ", ipssr.missing()) + ") is " + group + " risk either way";
            if (!ipssm.clinicalInputsMissing()) {
                why += "; IPSS-M could change this (" + ipssm.best().category() + " to "
                        + ipssm.worst().category() + "), missing: " + String.join(", ", ipssm.missing());
            }
        } else if (reportedGroup != null) {
            group = reportedGroup;
            basis = "reported";
            why = "risk as reported in the records (not computed)";
            flags.add("risk group taken from a reported score, not computed");
        } else {
            group = UNKNOWN;
            basis = "none";
            why = "neither IPSS-M nor IPSS-R can decide it and no risk is reported (missing: "
                    + String.join(", ", ipssr.missing()) + ")";
        }
        if (reportedGroup != null && !basis.equals("reported") && !reportedGroup.equals(group)) {
            flags.add("computed risk group (" + group + ") differs from the reported one (" + reportedGroup + ")");
        }
        return new RiskGroupDecision(group, basis, why, flags, facts);
    }

    /** lower/higher when the IPSS-R score, or its whole possible range, is on one side of 3.5; else null. */
    static String ipssrSide(IpssrResult r) {
        if (r.max().compareTo(CUT) <= 0) {
            return LOWER;
        }
        return r.min().compareTo(CUT) > 0 ? HIGHER : null;
    }

    /** The group a reported risk implies, first decisive one wins (rule 3 of section 2.1). */
    static String reportedGroup(List<ReportedRisk> reported, List<FactUse> facts) {
        for (ReportedRisk r : reported) {
            String g = groupOf(r);
            if (g != null) {
                facts.add(new FactUse(
                        "reportedRisk",
                        r.system() + " " + (r.score() == null ? "" : plain(r.score()) + " ")
                                + (r.category() == null ? "" : r.category()),
                        r.provenance()));
                return g;
            }
        }
        return null;
    }

    static String groupOf(ReportedRisk r) {
        String sys = r.system().toUpperCase(Locale.ROOT).replace(" ", "");
        String cat = r.category() == null
                ? ""
                : r.category().toLowerCase(Locale.ROOT).replace("-", " ").trim();
        switch (sys) {
            case "IPSS-M":
                if (cat.isEmpty()) {
                    return r.score() == null
                            ? null
                            : (IpssM.isLower(IpssM.category(r.score().doubleValue())) ? LOWER : HIGHER);
                }
                if (cat.startsWith("very low") || cat.equals("low") || cat.startsWith("moderate low")) {
                    return LOWER;
                }
                return cat.startsWith("moderate high") || cat.equals("high") || cat.startsWith("very high")
                        ? HIGHER
                        : null;
            case "IPSS-R":
                if (r.score() != null) {
                    return r.score().compareTo(CUT) <= 0 ? LOWER : HIGHER;
                }
                if (cat.equals("very low") || cat.equals("low")) {
                    return LOWER;
                }
                return cat.equals("high") || cat.equals("very high") ? HIGHER : null;
            case "IPSS":
                if (cat.equals("low") || cat.equals("int 1") || cat.equals("intermediate 1")) {
                    return LOWER;
                }
                return cat.equals("int 2") || cat.equals("intermediate 2") || cat.equals("high") ? HIGHER : null;
            default:
                if (cat.startsWith("lower") || cat.startsWith("low")) {
                    return LOWER;
                }
                return cat.startsWith("higher") || cat.startsWith("high") ? HIGHER : null;
        }
    }

    static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
