package org.recordpath.model.karyotype;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs of the start of each clone (#14): a missing chromosome number ({@code xy,del(5)(q13q33)[20]}), missing
 * sex chromosomes ({@code 46,del(20)(q11q13)[5]}) and clones without a cell count beside counted ones.
 */
final class CloneHeaderRepairs {
    private static final Pattern SEX = Pattern.compile("[xy]{1,8}c?");
    private static final Pattern MODAL = Pattern.compile("(?:\\d{1,3}(?:~\\d{1,3})?)?(?:<\\dn>)?");
    private static final Pattern MODAL_ONLY = Pattern.compile("(\\d{1,3}(?:~\\d{1,3})?)(\\[.*)");
    private static final Pattern COUNT = Pattern.compile(".*\\[(cp)?\\d{1,4}]$");

    private CloneHeaderRepairs() {}

    /**
     * The readings after header repairs: one, or two (XX and XY) when sex chromosomes are missing and neither the
     * other clones nor the patient's sex tell them.
     */
    static List<Candidate> apply(Candidate c, String patientSex) {
        String[] clones = c.text().split("/", -1);
        Candidate out = c;
        boolean sexMissing = false;
        for (int i = 0; i < clones.length; i++) {
            String clone = clones[i];
            String first = clone.split("[,\\[]", 2)[0];
            if (SEX.matcher(first).matches() && first.replace("c", "").length() >= 2) {
                clones[i] = "<2n>," + clone;
                out = out.with(String.join("/", clones), RepairRule.MISSING_MODAL, "clone " + (i + 1));
            } else if (plausibleModal(first) && !hasSex(clone)) {
                clones[i] = withSex(clone, "@");
                sexMissing = true;
                out = out.with(String.join("/", clones), RepairRule.MISSING_SEX, "clone " + (i + 1));
            }
        }
        out = uncounted(out);
        if (!sexMissing) {
            return List.of(out);
        }
        String known = knownSex(out.text(), patientSex);
        List<Candidate> readings = new ArrayList<>();
        for (String sex : known == null ? List.of("xx", "xy") : List.of(known)) {
            readings.add(
                    new Candidate(out.text().replace("@", sex), out.repairs(), out.speculative(), out.uncounted()));
        }
        return readings;
    }

    /** A chromosome number a karyotype can have (at least 23), so that "21[20]" is not read as one. */
    private static boolean plausibleModal(String first) {
        if (first.isEmpty() || !MODAL.matcher(first).matches()) {
            return false;
        }
        String digits = first.replaceAll("[~<].*", "");
        return digits.isEmpty() || Integer.parseInt(digits) >= 23;
    }

    private static boolean hasSex(String clone) {
        String[] fields = clone.split("[,\\[]", 3);
        return fields.length > 1
                && clone.charAt(fields[0].length()) == ','
                && SEX.matcher(fields[1]).matches();
    }

    private static String withSex(String clone, String sex) {
        var modalOnly = MODAL_ONLY.matcher(clone);
        if (modalOnly.matches()) {
            return modalOnly.group(1) + "," + sex + modalOnly.group(2);
        }
        int comma = clone.indexOf(',');
        return comma < 0 ? clone + "," + sex : clone.substring(0, comma) + "," + sex + clone.substring(comma);
    }

    /**
     * xy when another clone has a Y or the patient is male, xx when another clone is XX (and none has a Y) or the
     * patient is female, else null (unknown).
     */
    private static String knownSex(String text, String patientSex) {
        boolean xx = false;
        for (String clone : text.split("/")) {
            String[] fields = clone.split("[,\\[]", 3);
            if (fields.length > 1 && SEX.matcher(fields[1]).matches() && fields[1].contains("y")) {
                return "xy";
            }
            xx |= fields.length > 1 && fields[1].equals("xx");
        }
        if (xx) {
            return "xx";
        }
        if ("M".equalsIgnoreCase(patientSex) || "male".equalsIgnoreCase(patientSex)) {
            return "xy";
        }
        return "F".equalsIgnoreCase(patientSex) || "female".equalsIgnoreCase(patientSex) ? "xx" : null;
    }

    /** Clones without a count beside counted ones: still clones (their abnormalities count as clonal). */
    private static Candidate uncounted(Candidate c) {
        String[] clones = c.text().split("/", -1);
        int counted = 0;
        for (String clone : clones) {
            counted += COUNT.matcher(clone).matches() ? 1 : 0;
        }
        if (counted == 0 || counted == clones.length) {
            return c;
        }
        return c.allowingUncounted((clones.length - counted) + " clone(s) without a cell count");
    }
}
