package org.recordpath.fhir.codes;

import java.util.List;
import java.util.Objects;

/**
 * A disease-directed drug of pathways.md section 3.1.
 *
 * @param generic the contract's generic name
 * @param rxnorm ingredient RxCUI where pathways.md marks it verified, else null
 * @param names lower-case generic, brand and code names that identify it in a medication's text
 * @param givenInCycles true for the hypomethylating agents, whose administrations are counted as cycles
 */
public record Drug(String generic, String rxnorm, List<String> names, boolean givenInCycles) {
    public Drug {
        Objects.requireNonNull(generic, "generic");
        names = List.copyOf(names);
    }
}
