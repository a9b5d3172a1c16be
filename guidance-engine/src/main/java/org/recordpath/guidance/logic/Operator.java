package org.recordpath.guidance.logic;

import java.util.Arrays;
import java.util.Optional;

/** The closed set of comparison operators a pack may use. */
public enum Operator {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=="),
    NE("!=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Operator> bySymbol(String s) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(s)).findFirst();
    }

    /** Compares {@code left op right} for numbers (by {@link Comparable#compareTo}). */
    public boolean holds(int comparison) {
        switch (this) {
            case LT:
                return comparison < 0;
            case LE:
                return comparison <= 0;
            case GT:
                return comparison > 0;
            case GE:
                return comparison >= 0;
            case EQ:
                return comparison == 0;
            default:
                return comparison != 0;
        }
    }

    public boolean isOrdering() {
        return this != EQ && this != NE;
    }
}
