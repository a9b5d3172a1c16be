package org.recordpath.guidance.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recordpath.model.profile.ReportedRisk;

/**
 * A score stated in the records beside the computed one; {@code agrees} is false when they differ, null when the
 * computed score is not available.
 */
public record ReportedComparison(String system, BigDecimal score, String category, Boolean agrees, String note) {

    /** Compares every reported IPSS-R and IPSS-M with the computed results. */
    public static List<ReportedComparison> compare(List<ReportedRisk> reported, IpssrResult r, IpssmResult m) {
        List<ReportedComparison> out = new ArrayList<>();
        for (ReportedRisk x : reported) {
            String sys = x.system().toUpperCase(Locale.ROOT).replace(" ", "");
            if (sys.equals("IPSS-R")) {
                out.add(ipssr(x, r));
            } else if (sys.equals("IPSS-M")) {
                out.add(ipssm(x, m));
            }
        }
        return out;
    }

    private static ReportedComparison ipssr(ReportedRisk x, IpssrResult r) {
        if (!r.computable()) {
            return new ReportedComparison("IPSS-R", x.score(), x.category(), null, "IPSS-R not computable here");
        }
        boolean scoreOk = x.score() == null || x.score().compareTo(r.score()) == 0;
        boolean catOk = x.category() == null || sameCategory(x.category(), r.category());
        boolean ok = scoreOk && catOk;
        String note = ok
                ? "matches the computed IPSS-R"
                : "reported IPSS-R " + show(x) + " differs from computed " + RiskGroupRule.plain(r.score()) + " ("
                        + r.category() + ")";
        return new ReportedComparison("IPSS-R", x.score(), x.category(), ok, note);
    }

    private static ReportedComparison ipssm(ReportedRisk x, IpssmResult m) {
        boolean scoreOk = x.score() == null
                || (x.score().doubleValue() >= m.best().score() - 0.005
                        && x.score().doubleValue() <= m.worst().score() + 0.005);
        boolean catOk = x.category() == null
                || sameCategory(x.category(), m.best().category())
                || sameCategory(x.category(), m.mean().category())
                || sameCategory(x.category(), m.worst().category());
        boolean ok = scoreOk && catOk;
        String note = ok
                ? "within the computed IPSS-M range"
                : "reported IPSS-M " + show(x) + " is outside the computed range "
                        + m.best().score() + " to " + m.worst().score();
        return new ReportedComparison("IPSS-M", x.score(), x.category(), ok, note);
    }

    private static boolean sameCategory(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replace("int ", "intermediate ").trim();
        String y = b.toLowerCase(Locale.ROOT).trim();
        return x.equals(y) || (x.equals("int") && y.equals("intermediate"));
    }

    private static String show(ReportedRisk x) {
        return ((x.score() == null ? "" : RiskGroupRule.plain(x.score()) + " ")
                        + (x.category() == null ? "" : "(" + x.category() + ")"))
                .strip();
    }
}
