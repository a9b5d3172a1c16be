package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.model.profile.ClinicalProfile;
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
        return decide(ipssr, ipssm, reported, null);
    }

    /**
     * As {@link #decide(IpssrResult, IpssmResult, List)}, checking each reported risk against its own score and the
     * components the profile knows before it may stand in (issue #10); {@code profile} null skips the IPSS check.
     */
    public static RiskGroupDecision decide(
            IpssrResult ipssr, IpssmResult ipssm, List<ReportedRisk> reported, ClinicalProfile profile) {
        List<String> flags = new ArrayList<>();
        List<FactUse> facts = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        List<ReportedRisk> usable = new ArrayList<>();
        for (ReportedRisk r : reported) {
            java.util.Optional<String> problem = ReportedRiskCheck.problem(r, ipssr, ipssm, profile);
            if (problem.isPresent()) {
                unusable.add("reported " + describe(r) + " not used: " + problem.get());
            } else {
                usable.add(r);
            }
        }
        List<FactUse> statedFacts = new ArrayList<>();
        String stated = reportedGroup(reported, statedFacts);
        String ipssrSide = ipssrSide(ipssr);
        boolean mDeterminate = !ipssm.clinicalInputsMissing()
                && IpssM.isLower(ipssm.best().category())
                        == IpssM.isLower(ipssm.worst().category());
        String reportedGroup = reportedGroup(usable, facts);
        boolean reportedDisagree = reportedGroup == null && disagree(usable);
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
            flags.addAll(unusable);
        } else {
            flags.addAll(unusable);
            group = UNKNOWN;
            basis = "none";
            why = "neither IPSS-M nor IPSS-R can decide it (missing: " + String.join(", ", ipssr.missing()) + ")"
                    + (unusable.isEmpty() && !reportedDisagree ? " and no risk is reported" : "")
                    + (reportedDisagree ? "; the reported risks disagree" : "")
                    + (unusable.isEmpty() ? "" : "; " + String.join("; ", unusable));
        }
        if (stated != null && !basis.equals("reported") && !basis.equals("none") && !stated.equals(group)) {
            flags.add("computed risk group (" + group + ") differs from the reported one (" + stated + ")");
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

    /**
     * The group the reported risks imply (rule 3 of section 2.1), or null when none decides or two decisive ones
     * disagree (a conflict decides nothing).
     */
    static String reportedGroup(List<ReportedRisk> reported, List<FactUse> facts) {
        String group = null;
        List<FactUse> used = new ArrayList<>();
        for (ReportedRisk r : reported) {
            String g = groupOf(r);
            if (g == null) {
                continue;
            }
            if (group != null && !group.equals(g)) {
                return null;
            }
            group = g;
            used.add(new FactUse("reportedRisk", describe(r), r.provenance()));
        }
        facts.addAll(used);
        return group;
    }

    private static boolean disagree(List<ReportedRisk> reported) {
        return reported.stream()
                        .map(RiskGroupRule::groupOf)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count()
                > 1;
    }

    static String describe(ReportedRisk r) {
        return r.system() + " " + (r.score() == null ? "" : plain(r.score()) + " ")
                + (r.category() == null ? "" : r.category());
    }

    /** The scoring system of a reported risk, upper case without spaces ("IPSS-R"). */
    static String system(ReportedRisk r) {
        return r.system().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    /** The reported category, lower case, hyphens as spaces ("int 1"), "" when none. */
    static String category(ReportedRisk r) {
        return r.category() == null
                ? ""
                : r.category().toLowerCase(Locale.ROOT).replace("-", " ").trim();
    }

    static String groupOf(ReportedRisk r) {
        String sys = system(r);
        String cat = category(r);
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
