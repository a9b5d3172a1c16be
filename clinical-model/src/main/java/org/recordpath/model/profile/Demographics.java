package org.recordpath.model.profile;

import java.util.Map;
import org.recordpath.model.fact.Provenance;

/**
 * Age in years at the most recent document and sex ("F", "M" or null).
 *
 * @param provenance source of each stated component, keyed by component name ("age", "sex")
 */
public record Demographics(Integer age, String sex, Map<String, Provenance> provenance) {
    public Demographics {
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }

    public static Demographics unknown() {
        return new Demographics(null, null, Map.of());
    }
}
