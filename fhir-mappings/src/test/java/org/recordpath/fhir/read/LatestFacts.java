package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;

/** The affirmed facts of one document, the latest per field (a stand-in for extraction's reconciliation in tests). */
record LatestFacts(List<Fact> facts) {
    LatestFacts {
        facts = facts.stream().filter(Fact::isAffirmed).toList();
    }

    Optional<Fact> latest(String field) {
        return facts.stream()
                .filter(f -> f.field().equals(field))
                .max(Comparator.comparing(f -> f.asOf() == null ? LocalDate.MIN : f.asOf()));
    }

    Optional<String> text(String field) {
        return latest(field).map(f -> f.value().display());
    }

    List<Fact> all(String field) {
        return facts.stream().filter(f -> f.field().equals(field)).toList();
    }

    Map<String, String> labs() {
        return facts.stream()
                .filter(f -> f.field().startsWith("labs."))
                .collect(Collectors.groupingBy(
                        Fact::field,
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.maxBy(
                                        Comparator.comparing(f -> f.asOf() == null ? LocalDate.MIN : f.asOf())),
                                f -> ((FactValue.Measured) f.orElseThrow().value()).display() + " @"
                                        + f.orElseThrow().asOf())));
    }
}
