package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers after a label, up to the end of the text given: values (with comparator and H/L flag), the first unit
 * and a reference range "a-b". Used for table rows (all values) and prose (the first value).
 */
record ValueScan(List<Value> values, UnitConverter.WrittenUnit unit, BigDecimal rangeHigh) {
    record Value(BigDecimal number, String comparator, int start, int end) {}

    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";
    private static final Pattern RANGE = Pattern.compile("^(?:" + NUMBER + ")\\s*[-–—]\\s*(" + NUMBER + ")");
    private static final Pattern VALUE =
            Pattern.compile("^(?<cmp>[<>≤≥]=?)?\\s*(?<num>" + NUMBER + ")(?<flag>\\s?[HLhl*](?![a-z]))?");

    ValueScan {
        values = List.copyOf(values);
    }

    static ValueScan scan(String text, int from, int to, UnitConverter units) {
        List<Value> values = new ArrayList<>();
        UnitConverter.WrittenUnit unit = null;
        BigDecimal rangeHigh = null;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            String rest = text.substring(i, to);
            Matcher range = RANGE.matcher(rest);
            if (Character.isDigit(c) && range.find()) {
                rangeHigh = parse(range.group(1));
                i += range.end();
                continue;
            }
            var u = units.unitAt(text.substring(0, to), i);
            if (u.isPresent()
                    && u.get().start() == skipBlanks(text, i, to)
                    && (Character.isLetter(c) || c == '/' || c == '%' || c == 'x' || c == '1' || c == '×')) {
                if (unit == null) {
                    unit = u.get();
                }
                i = u.get().end();
                continue;
            }
            Matcher v = VALUE.matcher(rest);
            if ((Character.isDigit(c) || "<>≤≥.".indexOf(c) >= 0)
                    && v.find()
                    && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                values.add(new Value(parse(v.group("num")), v.group("cmp"), i, i + v.end("num")));
                i += v.end();
                continue;
            }
            i = nextToken(text, i, to);
        }
        return new ValueScan(values, unit, rangeHigh);
    }

    /**
     * Whether OCR may have dropped this value's decimal point: a whole number over twice the upper limit of a reference
     * range written with decimals ("29" beside "4.0-11.0") that, with the range's decimals restored ("2.9"), is not
     * above it. Both readings are plausible, so neither is safe to keep.
     */
    boolean mayHaveLostDecimalPoint(Value v) {
        if (rangeHigh == null || rangeHigh.scale() <= 0 || v.number().scale() > 0 || v.comparator() != null) {
            return false;
        }
        return v.number().compareTo(rangeHigh.add(rangeHigh)) > 0
                && v.number().movePointLeft(rangeHigh.scale()).compareTo(rangeHigh) <= 0;
    }

    static BigDecimal parse(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    private static int skipBlanks(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nextToken(String text, int i, int to) {
        if (Character.isWhitespace(text.charAt(i)) || !Character.isLetterOrDigit(text.charAt(i))) {
            return i + 1;
        }
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
