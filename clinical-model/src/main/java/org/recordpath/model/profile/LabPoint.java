package org.recordpath.model.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/** One dated lab value in canonical units. {@code comparator} is "<", "<=", ">" or ">=" for bounds like "<0.1", else null. */
public record LabPoint(BigDecimal value, String unit, String comparator, LocalDate date, Provenance provenance) {
    public LabPoint {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(provenance, "provenance");
    }
}
