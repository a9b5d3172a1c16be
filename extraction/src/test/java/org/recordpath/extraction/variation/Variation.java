package org.recordpath.extraction.variation;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One way a laboratory prints the same four counts (#13 metamorphic harness): a family (what varies) and a variant.
 * Every variation must read back to the same values and collection date.
 */
enum Variation {
    LABELS_SHORT("label synonyms", false),
    LABELS_UK("label synonyms", false),
    COLUMNS_RANGE_FIRST("column order", false),
    COLUMNS_UNITS_FIRST("column order", false),
    UNITS_SI("unit spellings", false),
    UNITS_US("unit spellings", true),
    DATE_ISO("date formats", false),
    DATE_COMPACT("date formats", true),
    DOT_LEADERS("dot leaders", false),
    VALUES_BELOW_LABELS("values below labels", false);

    final String family;
    final boolean letter;

    Variation(String family, boolean letter) {
        this.family = family;
        this.letter = letter;
    }

    List<LabSheet.Row> rows(LabSheet s) {
        List<LabSheet.Row> rows = new ArrayList<>();
        rows.add(LabSheet.Row.of(0, "Haematology laboratory report"));
        rows.add(LabSheet.Row.of(0, "Collected: " + date(s)));
        String[][] lines = {
            {label(0), num(s.hb()), "g/dL", "12.0 - 16.0"},
            {label(1), num(s.platelets()), "x10^9/L", "150 - 400"},
            {label(2), num(s.anc()), "x10^9/L", "1.8 - 7.7"},
            {label(3), num(s.wbc()), "x10^9/L", "4.0 - 11.0"}
        };
        units(s, lines);
        if (this == VALUES_BELOW_LABELS) {
            rows.add(LabSheet.Row.of(0, lines[0][0], 120, lines[1][0], 240, lines[2][0], 360, lines[3][0]));
            rows.add(LabSheet.Row.of(0, lines[0][1], 120, lines[1][1], 240, lines[2][1], 360, lines[3][1]));
            return rows;
        }
        for (String[] l : lines) {
            rows.add(row(l));
        }
        return rows;
    }

    private LabSheet.Row row(String[] l) {
        return switch (this) {
            case COLUMNS_RANGE_FIRST -> LabSheet.Row.of(0, l[0], 160, l[3], 260, l[1], 330, l[2]);
            case COLUMNS_UNITS_FIRST -> LabSheet.Row.of(0, l[0], 160, l[2], 260, l[1], 330, l[3]);
            case DOT_LEADERS ->
                LabSheet.Row.of(0, l[0] + " " + ".".repeat(30 - l[0].length()) + " " + l[1] + " " + l[2]);
            default -> LabSheet.Row.of(0, l[0], 160, l[1], 230, l[2], 330, l[3]);
        };
    }

    private String label(int i) {
        String[][] names = {
            {"Hemoglobin", "Platelets", "Absolute neutrophils", "WBC"},
            {"Hgb", "PLT", "ANC", "WBC"},
            {"Haemoglobin", "Thrombocytes", "Neutrophils abs.", "Leucocytes"}
        };
        int set = this == LABELS_SHORT ? 1 : this == LABELS_UK ? 2 : 0;
        return names[set][i];
    }

    private void units(LabSheet s, String[][] lines) {
        if (this == UNITS_SI) {
            lines[0][1] = num(s.hb().movePointRight(1));
            lines[0][2] = "g/L";
            lines[0][3] = "120 - 160";
            lines[1][2] = "G/L";
        } else if (this == UNITS_US) {
            lines[1][2] = "K/uL";
            lines[2][1] = num(s.anc().movePointRight(3));
            lines[2][2] = "cells/uL";
            lines[2][3] = "1800 - 7700";
            lines[3][2] = "10^3/uL";
        }
    }

    private String date(LabSheet s) {
        return switch (this) {
            case DATE_ISO -> s.collected().toString();
            case DATE_COMPACT ->
                s.collected()
                        .format(DateTimeFormatter.ofPattern("ddMMMyyyy", Locale.ROOT))
                        .toUpperCase(Locale.ROOT);
            default -> s.collected().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        };
    }

    private static String num(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
