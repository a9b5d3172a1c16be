package org.recordpath.intake.processing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;

/** Applies a reviewer's corrected value, typed as text, to an extracted fact of the same kind. */
final class Corrections {
    private static final Pattern MEASURED =
            Pattern.compile("\\s*(<=|>=|<|>|≤|≥)?\\s*(-?\\d+(?:[.,]\\d+)?)\\s*(.*?)\\s*");

    private Corrections() {}

    /** Whether a fact of this kind can be corrected by typing a value; other kinds are confirmed or rejected. */
    static boolean correctable(Fact fact) {
        return fact.value() instanceof FactValue.Measured
                || fact.value() instanceof FactValue.Text
                || fact.value() instanceof FactValue.Flag;
    }

    /**
     * The fact with the corrected value and full confidence; provenance stays the source the reviewer checked.
     *
     * @throws IllegalArgumentException when the text is not a value of the fact's kind
     */
    static Fact apply(Fact fact, String corrected) {
        return new Fact(
                fact.field(), value(fact.value(), corrected), fact.asOf(), fact.provenance(), 1.0, fact.context());
    }

    static FactValue value(FactValue original, String corrected) {
        String text = corrected == null ? "" : corrected.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Type the corrected value.");
        }
        if (original instanceof FactValue.Measured m) {
            Matcher matcher = MEASURED.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "Type a number, optionally with its unit, for example 8.5 " + m.unit() + ".");
            }
            String unit = matcher.group(3).isEmpty() ? m.unit() : matcher.group(3);
            String comparator = matcher.group(1) == null
                    ? null
                    : matcher.group(1).replace("≤", "<=").replace("≥", ">=");
            return new FactValue.Measured(new BigDecimal(matcher.group(2).replace(',', '.')), unit, comparator);
        }
        if (original instanceof FactValue.Text) {
            return new FactValue.Text(text);
        }
        if (original instanceof FactValue.Flag) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "y" -> new FactValue.Flag(true);
                case "no", "false", "n" -> new FactValue.Flag(false);
                default -> throw new IllegalArgumentException("Type yes or no.");
            };
        }
        throw new IllegalArgumentException("This kind of fact can be confirmed or rejected, not retyped.");
    }
}
