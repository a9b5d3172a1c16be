package org.recordpath.guidance.logic;

import java.util.Objects;
import org.recordpath.model.fact.Provenance;

/**
 * One fact a reasoning step used: its contract path, its value as shown to people, and where it came from.
 *
 * @param source null for derived or absent values (e.g. "not recorded")
 */
public record FactUse(String path, String value, Provenance source) {
    public FactUse {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
    }

    public static FactUse absent(String path) {
        return new FactUse(path, "not recorded", null);
    }
}
