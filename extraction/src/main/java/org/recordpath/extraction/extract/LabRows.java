package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;

/**
 * Where a lab result sits in a row of any column order (#13): a reference interval printed before the result
 * ("Ferritin 15–150 540 µg/L"), the end of the row where a second table beside it begins ("... 1.9 G/L ↓ Folate
 * (serum) ..."), and a sample date printed at the end of the row.
 */
final class LabRows {
    private static final Pattern RANGE_FIRST =
            Pattern.compile("^(?:" + ValueScan.NUMBER + ")\\s*[-–—]\\s*(?:" + ValueScan.NUMBER + ")\\s+(?=[<>≤≥]?\\d)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("^[A-Za-z]{3,}");
    /** Words a result column may carry beside its number: flags, not the start of another row. */
    private static final Pattern FLAG_WORD =
            Pattern.compile("(?i)^(?:low|high|normal|abnormal|crit(?:ical)?|panic|final|corrected)\\W*$");

    /** Flag characters between a result and its date, and a flag misread by OCR as one or two other characters. */
    private static final Pattern FLAGS = Pattern.compile("^[\\s↑↓*!()HLhl]*(?:\\S{1,2}\\s+)?");

    private LabRows() {}

    /** The start of the result at {@code from} in a line, past a reference interval printed before it. */
    static int resultStart(String line, int from) {
        Matcher m = RANGE_FIRST.matcher(line.substring(from));
        return m.find() ? from + m.end() : from;
    }

    /**
     * The end of the row that starts at {@code from} (line index): the first word after a number that is not a unit,
     * where the next table's row begins; the end of the line otherwise.
     */
    static int rowEnd(String line, int from, UnitConverter units) {
        boolean seenValue = false;
        Matcher t = TOKEN.matcher(line).region(from, line.length());
        while (t.find()) {
            String token = t.group();
            if (Character.isDigit(token.charAt(0)) || "<>≤≥".indexOf(token.charAt(0)) >= 0) {
                seenValue = true;
            } else if (seenValue
                    && WORD.matcher(token).find()
                    && !FLAG_WORD.matcher(token).find()) {
                var unit = units.unitAt(line, t.start());
                if (unit.isEmpty() || unit.get().start() != t.start()) {
                    return t.start();
                }
            }
        }
        return line.length();
    }

    /** A date right after a result (past its unit and flags): the row's sample date. */
    static Optional<LocalDate> trailingDate(String line, int after) {
        if (after >= line.length()) {
            return Optional.empty();
        }
        String rest = line.substring(after);
        Matcher flags = FLAGS.matcher(rest);
        int at = flags.find() ? flags.end() : 0;
        List<DateMention> ds = Dates.find(rest.substring(at));
        return !ds.isEmpty() && ds.get(0).start() == 0 ? Optional.of(ds.get(0).date()) : Optional.empty();
    }
}
