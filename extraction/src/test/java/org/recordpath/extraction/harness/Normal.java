package org.recordpath.extraction.harness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Normalisations both sides of the comparison share (rounding tolerance, spelling of terms). */
final class Normal {
    private Normal() {}

    /** Rounded to one decimal: values that differ only by rounding compare equal. */
    static String number(BigDecimal v) {
        return v == null
                ? null
                : v.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String iscn(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    static String response(String s) {
        if (s == null) {
            return null;
        }
        String t = s.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nr", "failure", "no response" -> "failure";
            case "pd", "progression" -> "progression";
            default -> t;
        };
    }

    static String reason(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
