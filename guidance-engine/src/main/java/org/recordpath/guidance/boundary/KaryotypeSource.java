package org.recordpath.guidance.boundary;

import java.util.Objects;
import java.util.Optional;
import org.recordpath.model.karyotype.KaryotypeParse;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.CytoCategory;
import org.recordpath.model.profile.KaryotypeFinding;

/**
 * One source of truth for the karyotype flags: when an ISCN string is present the flags and the IPSS-R category
 * come from the ISCN parser (risk-scores.md section 3); a stated flag that contradicts the parse is a conflict and
 * unknown. A flag the parse leaves open (fewer than 20 metaphases) keeps a stated value, e.g. from FISH.
 */
final class KaryotypeSource {
    private KaryotypeSource() {}

    static KaryotypeFinding check(KaryotypeFinding k, String sex, Notes notes) {
        if (k == null) {
            return null;
        }
        boolean hasIscn = k.iscn() != null && !k.iscn().isBlank();
        KaryotypeParse parse = hasIscn ? Karyotypes.parse(k.iscn(), sex) : null;
        Optional<String> waits = ReviewRule.waits(k.provenance(), parse instanceof KaryotypeParse.Parsed);
        if (waits.isPresent()) {
            notes.withhold("karyotype", shown(k), waits.get());
            return null;
        }
        if (!hasIscn) {
            return k;
        }
        if (parse instanceof KaryotypeParse.Rejected rejected) {
            notes.withhold("karyotype", k.iscn(), "the ISCN could not be read (" + rejected.reason() + ")");
            return new KaryotypeFinding(
                    k.iscn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    k.source(),
                    k.metaphases(),
                    k.date(),
                    k.provenance());
        }
        KaryotypeFinding p = parse.parsed().orElseThrow().toFinding(k.date(), k.provenance());
        return new KaryotypeFinding(
                p.iscn(),
                category(k.ipssrCategory(), p.ipssrCategory(), k.iscn(), notes),
                flag("del5q", k.del5q(), p.del5q(), k.iscn(), notes),
                flag("minus7OrDel7q", k.minus7OrDel7q(), p.minus7OrDel7q(), k.iscn(), notes),
                flag("del17p", k.del17p(), p.del17p(), k.iscn(), notes),
                flag("complex", k.complex(), p.complex(), k.iscn(), notes),
                flag("isolatedDel5q", k.isolatedDel5q(), p.isolatedDel5q(), k.iscn(), notes),
                p.abnormalityCount(),
                p.abnormalities(),
                k.source() == null ? p.source() : k.source(),
                p.metaphases() != null ? p.metaphases() : k.metaphases(),
                k.date(),
                k.provenance());
    }

    private static Boolean flag(String name, Boolean stated, Boolean parsed, String iscn, Notes notes) {
        if (parsed == null) {
            return stated;
        }
        if (stated != null && !stated.equals(parsed)) {
            notes.withhold(
                    "karyotype." + name,
                    "stated " + stated,
                    "conflicts with the ISCN " + iscn + " (parsed: " + parsed + ")");
            return null;
        }
        return parsed;
    }

    private static CytoCategory category(CytoCategory stated, CytoCategory parsed, String iscn, Notes notes) {
        if (stated != null && parsed != null && !Objects.equals(stated, parsed)) {
            notes.withhold(
                    "karyotype.ipssrCategory",
                    "stated " + stated,
                    "conflicts with the ISCN " + iscn + " (parsed: " + parsed + ")");
            return null;
        }
        return parsed != null ? parsed : stated;
    }

    private static String shown(KaryotypeFinding k) {
        return k.iscn() != null ? k.iscn() : String.valueOf(k.ipssrCategory());
    }
}
