package org.recordpath.model.karyotype;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a single abnormality means for the IPSS-R and IPSS-M (risk-scores.md sections 3.5 and 3.6). */
final class CytogeneticRules {
    private static final Pattern Q_BREAKPOINT = Pattern.compile("q(\\d\\d?)?");

    private CytogeneticRules() {}

    static boolean minusY(Abnormality a) {
        return a.isLossOf("Y");
    }

    static boolean minus7(Abnormality a) {
        return a.isLossOf("7");
    }

    /** del(7)(q...) or a whole-arm derivative that keeps only 7p, as der(1;7)(q10;p10). */
    static boolean del7q(Abnormality a) {
        if (a.isDeletion("7", 'q')) {
            return true;
        }
        if (!a.isStructural("der")) {
            return false;
        }
        Rearrangement der = a.head();
        for (int i = 0;
                i < der.chromosomes().size()
                        && der.chromosomes().size() == der.bands().size();
                i++) {
            if (der.chromosomes().size() > 1
                    && der.chromosome(i).equals("7")
                    && der.bands().get(i).equals("p10")) {
                return true;
            }
        }
        return false;
    }

    static boolean del5q(Abnormality a) {
        return a.isDeletion("5", 'q');
    }

    /** Clonal -17 or del(17p); i(17q) deliberately not (section 3.6). */
    static boolean del17p(Abnormality a) {
        return a.isLossOf("17") || a.isDeletion("17", 'p');
    }

    /** IPSS-M del5q: del(5q), -5, or an unbalanced rearrangement that loses 5q. */
    static boolean loses5q(Abnormality a) {
        return del5q(a) || a.isLossOf("5") || losesArm(a, "5", 'q');
    }

    /** IPSS-M del7_7q: -7, del(7q), or an unbalanced rearrangement that loses 7q. */
    static boolean loses7q(Abnormality a) {
        return minus7(a) || del7q(a) || losesArm(a, "7", 'q');
    }

    /** inv(3), a translocation with a 3q breakpoint, or del(3q) (the IPSS-R "Poor" single abnormalities). */
    static boolean poor3q(Abnormality a) {
        if (a.isStructural("inv") && a.head().involves("3") || a.isDeletion("3", 'q')) {
            return true;
        }
        return a.kind() == Abnormality.Kind.STRUCTURAL
                && a.rearrangements().stream().anyMatch(r -> r.type().equals("t") && armOf3(r, 'q'));
    }

    /** Whether a 3q rearrangement has a 3q breakpoint other than 3q21/3q26 (reviewed, section 3.5). */
    static boolean unusual3qBreakpoint(Abnormality a) {
        for (Rearrangement r : a.rearrangements()) {
            for (int i = 0; i < r.chromosomes().size(); i++) {
                if (!r.chromosome(i).equals("3")) {
                    continue;
                }
                List<String> bands = r.bands();
                String group = bands.size() > i ? bands.get(i) : bands.size() == 1 ? bands.get(0) : "";
                if (group.isEmpty()) {
                    return true;
                }
                Matcher q = Q_BREAKPOINT.matcher(group);
                while (q.find()) {
                    if (!"21".equals(q.group(1)) && !"26".equals(q.group(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean armOf3(Rearrangement r, char arm) {
        for (int i = 0; i < r.chromosomes().size(); i++) {
            if (r.chromosome(i).equals("3") && r.arm(i) == arm) {
                return true;
            }
        }
        return false;
    }

    /**
     * Loss of (part of) an arm by an unbalanced structural change that is not an extra copy: add(c)(arm), a
     * derivative of c broken in that arm, a dicentric or isochromosome keeping the other arm, a whole-arm
     * derivative keeping only the other arm.
     */
    private static boolean losesArm(Abnormality a, String chromosome, char arm) {
        if (a.kind() != Abnormality.Kind.STRUCTURAL
                || a.text().startsWith("+")
                || a.rearrangements().isEmpty()) {
            return false;
        }
        Rearrangement head = a.head();
        String type = head.type();
        char other = arm == 'q' ? 'p' : 'q';
        List<String> chromosomes = head.chromosomes();
        for (int i = 0; i < chromosomes.size(); i++) {
            if (!head.chromosome(i).equals(chromosome)) {
                continue;
            }
            String group = i < head.bands().size() ? head.bands().get(i) : "";
            boolean wholeArm = group.equals(other + "10");
            if ((type.equals("add") || type.endsWith("dic")) && head.arm(i) == arm
                    || (type.equals("i") || type.equals("der") && chromosomes.size() > 1) && wholeArm) {
                return true;
            }
            if (type.equals("der") && chromosomes.size() == 1 && derivativeBreaksIn(a, chromosome, arm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean derivativeBreaksIn(Abnormality a, String chromosome, char arm) {
        for (Rearrangement part :
                a.rearrangements().subList(1, a.rearrangements().size())) {
            boolean losing = part.type().equals("t")
                    || part.type().equals("add")
                    || part.type().equals("del");
            for (int i = 0; losing && i < part.chromosomes().size(); i++) {
                if (part.chromosome(i).equals(chromosome) && part.arm(i) == arm) {
                    return true;
                }
            }
        }
        return false;
    }
}
