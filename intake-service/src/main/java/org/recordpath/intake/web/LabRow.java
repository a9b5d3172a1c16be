package org.recordpath.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;

/** One line of the lab summary on a patient page. */
record LabRow(String name, String value, String date, Provenance source) {
    static List<LabRow> of(Labs labs) {
        List<LabRow> rows = new ArrayList<>();
        for (Map.Entry<Analyte, LabValue> e : labs.toMap().entrySet()) {
            LabValue v = e.getValue();
            rows.add(new LabRow(
                    e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    (v.comparator() == null ? "" : v.comparator())
                            + v.value().stripTrailingZeros().toPlainString() + " " + DisplayUnits.text(v.unit()),
                    v.date() == null ? "date unknown" : v.date().toString(),
                    v.provenance()));
        }
        return List.copyOf(rows);
    }
}
