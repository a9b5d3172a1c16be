package org.recordpath.guidance.facts;

import java.math.BigDecimal;
import org.recordpath.guidance.logic.FactUse;
import org.recordpath.model.fact.Provenance;

/**
 * The current value of one contract path: a {@link BigDecimal}, {@link Boolean} or {@link String}, or null when
 * unknown.
 *
 * @param comparator "&lt;", "&lt;=", "&gt;", "&gt;=" for a bound, else null
 * @param display the value as shown, with its unit
 * @param note why a recorded value is not used, or an age warning; null otherwise
 */
public record Value(String path, Object value, String comparator, String display, Provenance source, String note) {

    public static Value absent(String path) {
        return new Value(path, null, null, "not recorded", null, null);
    }

    public static Value unusable(String path, String display, Provenance source, String note) {
        return new Value(path, null, null, display, source, note);
    }

    public boolean known() {
        return value != null;
    }

    public BigDecimal number() {
        return (BigDecimal) value;
    }

    public Boolean flag() {
        return (Boolean) value;
    }

    public FactUse use() {
        String shown = note == null ? display : display + " (" + note + ")";
        return new FactUse(path, shown, source);
    }
}
