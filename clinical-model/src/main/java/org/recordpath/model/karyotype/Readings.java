package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordpath.model.profile.CytoRange;

/**
 * Parses and scores every reading of a repaired string and accepts it only when all readings agree on the IPSS-R
 * category (or range) and the flags (#14).
 */
final class Readings {
    /** What must agree between readings. */
    private record Verdict(CytoRange range, boolean complexUncertain, KaryotypeFlags flags) {
        static Verdict of(Karyotype k) {
            return new Verdict(k.ipssrRange(), k.complexUncertain(), k.flags());
        }

        @Override
        public String toString() {
            List<String> set = new ArrayList<>();
            if (flags.del5q()) {
                set.add("del(5q)");
            }
            if (flags.minus7OrDel7q()) {
                set.add("-7/del(7q)");
            }
            if (flags.ipssmDel17or17p()) {
                set.add("-17/del(17p)");
            }
            if (flags.complex()) {
                set.add("complex");
            }
            return range + (set.isEmpty() ? "" : " " + set);
        }
    }

    private Readings() {}

    static KaryotypeParse decide(String text, List<Candidate> readings, String patientSex, KaryotypeParse strict) {
        String strictReason = strict instanceof KaryotypeParse.Rejected r ? r.reason() : null;
        boolean repaired = readings.stream().anyMatch(r -> !r.repairs().isEmpty());
        if (!repaired && strictReason != null) {
            return strict;
        }
        Map<Verdict, String> verdicts = new LinkedHashMap<>();
        Set<String> repairs = new LinkedHashSet<>();
        Karyotype first = null;
        String lastReason = strictReason;
        for (Candidate reading : readings) {
            for (String sex : sexes(reading, patientSex)) {
                KaryotypeParse parse = Karyotypes.parseStrict(reading.text(), sex, reading.uncounted());
                if (parse instanceof KaryotypeParse.Rejected rejected) {
                    if (!reading.speculative()) {
                        return new KaryotypeParse.Rejected(text, because(strictReason, rejected.reason()));
                    }
                    lastReason = lastReason == null ? rejected.reason() : lastReason;
                    continue;
                }
                Karyotype k = parse.parsed().orElseThrow();
                first = first == null ? k : first;
                boolean sexRead = sex != null && patientSex == null;
                verdicts.putIfAbsent(Verdict.of(k), reading.text() + (sexRead ? " (sex " + sex + ")" : ""));
                repairs.addAll(reading.repairs());
                if (sexRead) {
                    repairs.add(RepairRule.SINGLE_X.applied("read as -X (female) and -Y (male)"));
                }
            }
        }
        if (first == null) {
            return new KaryotypeParse.Rejected(text, because(strictReason, "no repaired reading parses"));
        }
        if (verdicts.size() > 1) {
            List<String> ways = new ArrayList<>();
            verdicts.forEach((v, example) -> ways.add("'" + example + "' gives " + v));
            return new KaryotypeParse.Rejected(
                    text,
                    "more than one reading, and they disagree: " + String.join("; ", ways)
                            + (strictReason == null ? "" : " (as written: " + strictReason + ")"));
        }
        return new KaryotypeParse.Parsed(first.repairedFrom(text, List.copyOf(repairs)));
    }

    /** The patient's sex; for a 45,X reading without it, both sexes. */
    private static List<String> sexes(Candidate reading, String patientSex) {
        if (patientSex != null) {
            return List.of(patientSex);
        }
        KaryotypeParse plain = Karyotypes.parseStrict(reading.text(), null, reading.uncounted());
        boolean undecided =
                plain instanceof KaryotypeParse.Parsed p && TolerantReader.sexUndecided(p.karyotype(), null);
        return undecided ? List.of("F", "M") : Collections.singletonList(null);
    }

    private static String because(String strictReason, String afterRepair) {
        return strictReason == null ? afterRepair : strictReason + " (after repairs: " + afterRepair + ")";
    }
}
