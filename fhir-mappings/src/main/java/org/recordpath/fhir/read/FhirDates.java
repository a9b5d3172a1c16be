package org.recordpath.fhir.read;

import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;
import org.recordpath.model.profile.PartialDates;

/**
 * Dates as written in the resource: the calendar date of a dateTime in its own time zone (a lab drawn at
 * 2026-05-12T22:00-06:00 is of 12 May), and the precision kept for partial dates ("2025-05").
 */
final class FhirDates {
    private FhirDates() {}

    /** The ISO date, year-month or year as written, without time. */
    static Optional<String> iso(BaseDateTimeType t) {
        if (t == null || !t.hasValue()) {
            return Optional.empty();
        }
        String s = t.getValueAsString();
        return Optional.of(s.length() > 10 ? s.substring(0, 10) : s);
    }

    static Optional<LocalDate> date(BaseDateTimeType t) {
        return iso(t).flatMap(PartialDates::parse);
    }

    /** The date of a dateTime, the start of a period, else empty. */
    static Optional<LocalDate> date(Type t) {
        return isoStart(t).flatMap(PartialDates::parse);
    }

    static Optional<String> isoStart(Type t) {
        if (t instanceof BaseDateTimeType dt) {
            return iso(dt);
        }
        if (t instanceof Period p) {
            return iso(p.getStartElement());
        }
        return Optional.empty();
    }

    static Optional<String> isoEnd(Type t) {
        if (t instanceof Period p) {
            return iso(p.getEndElement());
        }
        return Optional.empty();
    }
}
