package org.recordpath.fhir.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/** Patient to sex ("F"/"M"; other genders say nothing) and age in whole years at the date of the export. */
final class PatientFacts {
    private PatientFacts() {}

    /** "F", "M", or null when the gender is missing or other. */
    static String sex(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> "F";
            case MALE -> "M";
            default -> null;
        };
    }

    static List<Fact> map(Patient patient, Optional<LocalDate> exportDate, Sources sources) {
        List<Fact> facts = new ArrayList<>();
        LocalDate asOf = exportDate.orElse(null);
        if (patient.hasGender()) {
            String sex = sex(patient);
            if (sex != null) {
                facts.add(sources.fact(
                        Fields.SEX, new FactValue.Text(sex), asOf, patient, "gender", Sources.CODED, Context.AFFIRMED));
            }
        }
        Optional<LocalDate> birth = FhirDates.date(patient.getBirthDateElement());
        if (birth.isPresent() && exportDate.isPresent() && !exportDate.get().isBefore(birth.get())) {
            int years = Period.between(birth.get(), exportDate.get()).getYears();
            facts.add(sources.fact(
                    Fields.AGE,
                    new FactValue.Measured(BigDecimal.valueOf(years), "a", null),
                    asOf,
                    patient,
                    "birthDate",
                    Sources.CODED,
                    Context.AFFIRMED));
        }
        return facts;
    }
}
