package org.recordpath.model.profile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the ISO dates of the contract that may be a full date, a year-month or a year. */
public final class PartialDates {
    private PartialDates() {}

    public static Optional<LocalDate> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            return switch (iso.length()) {
                case 4 -> Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1));
                case 7 -> Optional.of(YearMonth.parse(iso).atDay(1));
                default -> Optional.of(LocalDate.parse(iso));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
