package org.recordpath.model.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.recordpath.model.fact.Provenance;

/**
 * Red-cell (and platelet) transfusion needs as stated or derived.
 *
 * @param rbcUnitsPer8Weeks RBC units per 8 weeks ("2 units every 4 weeks" gives 4)
 * @param dependent regular transfusions (true), none (false), or not stated (null)
 * @param totalRbcUnits lifetime RBC units as stated
 * @param rbcUnitsLast16Weeks units in the 16 weeks before {@code asOf}, when stated
 * @param asOf the date the burden was stated for
 */
public record Transfusion(
        BigDecimal rbcUnitsPer8Weeks,
        Boolean dependent,
        Integer totalRbcUnits,
        Integer rbcUnitsLast16Weeks,
        Integer episodesLast16Weeks,
        Boolean plateletTransfusionDependent,
        LocalDate asOf,
        Map<String, Provenance> provenance) {
    public Transfusion {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    public static Transfusion unknown() {
        return new Transfusion(null, null, null, null, null, null, null, Map.of());
    }
}
