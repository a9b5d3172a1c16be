package org.recordpath.model.karyotype;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One abnormality of a clone, e.g. {@code +8}, {@code -Y}, {@code del(5)(q13q33)}, {@code +2mar}.
 *
 * @param text canonical ISCN text (sex chromosomes upper case, everything else lower case); identity across clones
 * @param kind numerical gain or loss, structural change, or marker
 * @param chromosome the chromosome of a numerical change ("7", "X"), null otherwise
 * @param rearrangements for a structural change its rearrangements in order (a derivative lists its own first and
 *     then those it is made of); empty otherwise
 * @param weight how many abnormalities it counts for (markers {@code +2mar} = 2, a range {@code +1~3mar} its minimum)
 * @param copyChange its effect on the chromosome number (used only to check the modal number)
 * @param constitutional marked {@code c}: ignored for scoring
 * @param heteromorphism a well-known heteromorphism (inv(9)(p11q13), 1qh+...): ignored for scoring, flagged
 * @param uncertain written with {@code ?} or {@code ~}
 */
public record Abnormality(
        String text,
        Kind kind,
        String chromosome,
        List<Rearrangement> rearrangements,
        int weight,
        int copyChange,
        boolean constitutional,
        boolean heteromorphism,
        boolean uncertain) {

    private static final Pattern MARKER_RANGE = Pattern.compile("~(\\d{1,3})mar");

    /** What an abnormality changes; clonality needs 3 cells for a {@link #LOSS}, 2 for the others. */
    public enum Kind {
        GAIN,
        LOSS,
        STRUCTURAL,
        MARKER
    }

    public Abnormality {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        rearrangements = List.copyOf(rearrangements);
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
    }

    /** The most abnormalities it can count for: the top of a marker range ({@code +1~3mar} gives 3), else weight. */
    public int maxWeight() {
        if (kind != Kind.MARKER) {
            return weight;
        }
        Matcher range = MARKER_RANGE.matcher(text);
        return range.find() ? Math.max(weight, Integer.parseInt(range.group(1))) : weight;
    }

    /** Whether it counts for the IPSS-R (neither constitutional nor a heteromorphism). */
    public boolean scored() {
        return !constitutional && !heteromorphism;
    }

    /** Whether it is a numerical loss of chromosome {@code number}. */
    public boolean isLossOf(String number) {
        return kind == Kind.LOSS && number.equals(chromosome);
    }

    /** Whether it is a numerical gain of chromosome {@code number}. */
    public boolean isGainOf(String number) {
        return kind == Kind.GAIN && number.equals(chromosome);
    }

    /** Whether it is a plain (not an extra copy) structural change whose own type is {@code type}. */
    public boolean isStructural(String type) {
        return kind == Kind.STRUCTURAL
                && !text.startsWith("+")
                && !rearrangements.isEmpty()
                && rearrangements.get(0).type().equals(type);
    }

    /** Whether it is a plain deletion of arm {@code arm} of chromosome {@code number}, e.g. del(5)(q13q33). */
    public boolean isDeletion(String number, char arm) {
        if (!isStructural("del")) {
            return false;
        }
        Rearrangement del = rearrangements.get(0);
        return del.chromosomes().size() == 1 && del.chromosome(0).equals(number) && del.arm(0) == arm;
    }

    /** The first rearrangement, for structural changes. */
    public Rearrangement head() {
        if (rearrangements.isEmpty()) {
            throw new IllegalStateException(text + " is not structural");
        }
        return rearrangements.get(0);
    }
}
