package org.recordpath.model.karyotype;

import java.util.List;
import java.util.Objects;

/**
 * One structural rearrangement as written: its type ("del", "t", "der"...), the chromosomes of its first parentheses
 * and the breakpoint groups of its second parentheses (one per chromosome, may be empty for short forms such as
 * {@code del(5q)} or {@code r(7)}). Chromosomes are "1".."22", "X", "Y" or "?", optionally with an arm ("17q") or
 * a leading "?".
 */
public record Rearrangement(String type, List<String> chromosomes, List<String> bands) {
    public Rearrangement {
        Objects.requireNonNull(type, "type");
        chromosomes = List.copyOf(chromosomes);
        bands = List.copyOf(bands);
    }

    /** The chromosome at {@code index} without its arm or uncertainty mark ("17q" and "?17" give "17"). */
    public String chromosome(int index) {
        String c = chromosomes.get(index).replace("?", "");
        return c.endsWith("p") || c.endsWith("q") ? c.substring(0, c.length() - 1) : c;
    }

    /**
     * The arm ('p' or 'q') of the first breakpoint on the chromosome at {@code index}, or '?' when unknown: taken
     * from the breakpoint group (a single group applies to every chromosome of a one-chromosome rearrangement), else
     * from a short form such as "5q".
     */
    public char arm(int index) {
        String group = bands.size() > index ? bands.get(index) : bands.size() == 1 ? bands.get(0) : "";
        if (!group.isEmpty() && (group.charAt(0) == 'p' || group.charAt(0) == 'q')) {
            return group.charAt(0);
        }
        String chromosome = chromosomes.get(index);
        char last = chromosome.charAt(chromosome.length() - 1);
        return last == 'p' || last == 'q' ? last : '?';
    }

    /** Whether chromosome {@code number} takes part in this rearrangement. */
    public boolean involves(String number) {
        for (int i = 0; i < chromosomes.size(); i++) {
            if (chromosome(i).equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** Canonical ISCN text of this rearrangement. */
    public String text() {
        String head = type + "(" + String.join(";", chromosomes) + ")";
        return bands.isEmpty() ? head : head + "(" + String.join(";", bands) + ")";
    }
}
