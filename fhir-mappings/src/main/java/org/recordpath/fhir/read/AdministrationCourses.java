package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.recordpath.fhir.codes.Drug;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;

/**
 * Groups MedicationAdministrations of one drug into courses: a gap of more than {@value #COURSE_GAP_DAYS} days
 * starts a new course. For drugs given in cycles (the HMAs) a gap of more than {@value #CYCLE_GAP_DAYS} days
 * between doses starts a new cycle (azacitidine is given on 5-7 consecutive days every 28 days). The course ends
 * on its last administration; whether it goes on is not stated by administrations, so {@code ongoing} stays null.
 * The gap lengths are a project convention, not a clinical rule.
 */
final class AdministrationCourses {
    static final int COURSE_GAP_DAYS = 90;
    static final int CYCLE_GAP_DAYS = 14;
    private static final Set<String> VOID = Set.of("entered-in-error", "not-done");

    private final Map<String, List<Given>> byDrug = new LinkedHashMap<>();

    void add(MedicationAdministration a, BundleContents contents) {
        String status = a.hasStatus() ? a.getStatus().toCode() : "unknown";
        if (VOID.contains(status)) {
            return;
        }
        CodeableConcept concept = MedicationFacts.concept(a.getMedication(), contents);
        Optional<Drug> drug = MedicationFacts.drug(concept);
        Optional<LocalDate> date = FhirDates.date(a.getEffective());
        if (drug.isPresent() && date.isPresent()) {
            byDrug.computeIfAbsent(drug.get().generic(), k -> new ArrayList<>())
                    .add(new Given(drug.get(), concept, date.get(), a));
        }
    }

    List<Fact> courses(Sources sources) {
        List<Fact> facts = new ArrayList<>();
        for (List<Given> given : byDrug.values()) {
            given.sort(Comparator.comparing(Given::date));
            List<Given> course = new ArrayList<>();
            for (Given g : given) {
                if (!course.isEmpty() && gap(course.get(course.size() - 1), g) > COURSE_GAP_DAYS) {
                    facts.add(course(course, sources));
                    course = new ArrayList<>();
                }
                course.add(g);
            }
            if (!course.isEmpty()) {
                facts.add(course(course, sources));
            }
        }
        return facts;
    }

    private static Fact course(List<Given> course, Sources sources) {
        Given first = course.get(0);
        Given last = course.get(course.size() - 1);
        Integer cycles = null;
        if (first.drug().givenInCycles()) {
            int n = 1;
            for (int i = 1; i < course.size(); i++) {
                if (gap(course.get(i - 1), course.get(i)) > CYCLE_GAP_DAYS) {
                    n++;
                }
            }
            cycles = n;
        }
        String path =
                "effective[x]; " + course.size() + " administrations through " + Sources.reference(last.resource());
        return MedicationFacts.course(
                first.drug(),
                first.concept(),
                Optional.of(first.date().toString()),
                Optional.of(last.date().toString()),
                cycles,
                null,
                null,
                first.resource(),
                path,
                Sources.CODED,
                Context.AFFIRMED,
                sources);
    }

    private static long gap(Given a, Given b) {
        return ChronoUnit.DAYS.between(a.date(), b.date());
    }

    private record Given(Drug drug, CodeableConcept concept, LocalDate date, MedicationAdministration resource) {}
}
