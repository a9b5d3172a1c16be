package org.recordpath.model.karyotype;

import java.util.ArrayList;
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

    private static final String MODAL_MISMATCH = "does not match the listed changes";
    private static final List<String> RESHAPING = List.of(
            RepairRule.STRAY_SEPARATOR.id(),
            RepairRule.UNBALANCED.id(),
            RepairRule.MISSING_SEX.id(),
            RepairRule.UNCOUNTED_CLONE.id(),
            RepairRule.IDEM_COMMA.id());

    private Readings() {}

    /**
     * Whether a repair changed where clones or abnormalities begin and end: then a reading whose chromosome number
     * does not match its changes is taken as a wrong reading, not as a slip of the laboratory.
     */
    private static boolean reshaped(Candidate reading) {
        return reading.repairs().stream().anyMatch(r -> RESHAPING.contains(r.substring(0, r.indexOf(':'))));
    }

    static KaryotypeParse decide(String text, List<Candidate> readings, String patientSex, KaryotypeParse strict) {
        String strictReason = strict instanceof KaryotypeParse.Rejected r ? r.reason() : null;
        boolean repaired = readings.stream().anyMatch(r -> !r.repairs().isEmpty());
        if (!repaired && strictReason != null) {
            return strict;
        }
        Map<Verdict, String> verdicts = new LinkedHashMap<>();
        Set<String> repairs = new LinkedHashSet<>();
        Karyotype first = null;
        for (Candidate reading : readings) {
            for (Reading one : parses(reading, patientSex)) {
                if (one.parse() instanceof KaryotypeParse.Rejected rejected) {
                    if (!reading.speculative()) {
                        return new KaryotypeParse.Rejected(text, because(strictReason, rejected.reason()));
                    }
                    continue;
                }
                Karyotype k = one.parse().parsed().orElseThrow();
                if (reshaped(reading) && k.warnings().stream().anyMatch(w -> w.contains(MODAL_MISMATCH))) {
                    if (!reading.speculative()) {
                        return new KaryotypeParse.Rejected(
                                text,
                                because(
                                        strictReason,
                                        "the repaired reading '" + reading.text()
                                                + "' does not match its chromosome number; not guessed"));
                    }
                    continue;
                }
                first = first == null ? k : first;
                boolean sexRead = one.sex() != null && patientSex == null;
                verdicts.putIfAbsent(Verdict.of(k), reading.text() + (sexRead ? " (sex " + one.sex() + ")" : ""));
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

    /** One parse of a reading, with the sex it was read with. */
    private record Reading(KaryotypeParse parse, String sex) {}

    /** The reading parsed with the patient's sex; a 45,X reading without it, parsed as female and as male. */
    private static List<Reading> parses(Candidate reading, String patientSex) {
        KaryotypeParse plain = Karyotypes.parseStrict(reading.text(), patientSex, reading.uncounted());
        if (patientSex != null
                || !(plain instanceof KaryotypeParse.Parsed p && TolerantReader.sexUndecided(p.karyotype(), null))) {
            return List.of(new Reading(plain, patientSex));
        }
        return List.of(
                new Reading(Karyotypes.parseStrict(reading.text(), "F", reading.uncounted()), "F"),
                new Reading(Karyotypes.parseStrict(reading.text(), "M", reading.uncounted()), "M"));
    }

    private static String because(String strictReason, String afterRepair) {
        return strictReason == null ? afterRepair : strictReason + " (after repairs: " + afterRepair + ")";
    }
}
