package org.recordpath.model.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/**
 * The current value of one lab (the most recent dated one) and the older values as its series (newest first).
 * Values of the same date that disagree are in {@code conflicts} for a navigator to decide.
 */
public record LabValue(
        BigDecimal value,
        String unit,
        String comparator,
        LocalDate date,
        Provenance provenance,
        List<LabPoint> series,
        List<LabPoint> conflicts) {
    public LabValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
        series = series == null ? List.of() : List.copyOf(series);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public static LabValue of(LabPoint current, List<LabPoint> older, List<LabPoint> conflicts) {
        return new LabValue(
                current.value(),
                current.unit(),
                current.comparator(),
                current.date(),
                current.provenance(),
                older,
                conflicts);
    }

    public LabPoint current() {
        return new LabPoint(value, unit, comparator, date, provenance);
    }
}
