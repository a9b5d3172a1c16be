package org.recordpath.guidance.logic;

import java.util.List;
import java.util.Objects;

/**
 * A named derived predicate implemented in Java ({@code $symptomaticAnemia}, {@code $mutated(IDH1)} with hotspot
 * codons...), optionally compared with an expected truth ({@code is: false} means "{@code $x == false}").
 *
 * @param argument the gene of {@code $mutated}, else null
 * @param hotspots codons such as {@code R132} that a variant must hit (empty: any driver variant)
 * @param expected TRUE for the plain predicate, FALSE for {@code == false}
 */
public record DerivedTest(String name, String argument, List<String> hotspots, boolean expected, int line)
        implements Atom {
    public DerivedTest {
        Objects.requireNonNull(name, "name");
        hotspots = List.copyOf(hotspots);
    }

    /** The predicate itself, without the expected value. */
    public String predicateKey() {
        return name + (argument == null ? "" : "(" + argument + ")") + (hotspots.isEmpty() ? "" : hotspots.toString());
    }

    @Override
    public String key() {
        return expected ? predicateKey() : predicateKey() + " == false";
    }
}
