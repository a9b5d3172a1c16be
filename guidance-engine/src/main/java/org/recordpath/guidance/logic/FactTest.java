package org.recordpath.guidance.logic;

import java.util.Objects;

/**
 * {@code path op value [unit]}: a comparison of one contract fact with a constant. The value is a
 * {@link java.math.BigDecimal} for numeric facts, a {@link Boolean} for flags and a {@link String} for enumerations.
 *
 * @param unit the canonical unit of a numeric fact, null otherwise
 * @param line the line in the pack file (0 when built in code)
 */
public record FactTest(String path, Operator op, Object value, String unit, int line) implements Atom {
    public FactTest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String key() {
        String v =
                value instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
        return path + " " + op.symbol() + " " + v + (unit == null ? "" : " " + unit);
    }
}
