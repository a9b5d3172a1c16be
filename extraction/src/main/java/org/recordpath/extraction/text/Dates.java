package org.recordpath.extraction.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in text: ISO (2026-03-31, 2026/03/31), European (31.03.2026), US numeric (03/31/2026, day first only when the first number exceeds 12),
 * day-month-name (31-Mar-2026, 31 March 2026, 31MAR2026), month-name-day (March 31, 2026) and month-year (Mar-2026, 03/2026, 03.2026,
 * March 2026).
 */
public final class Dates {
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)(?<![\\w/.-])(?:"
            + "(?<iy>(?:19|20)\\d{2})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})"
            + "|(?<ed>\\d{1,2})\\.(?<em>\\d{1,2})\\.(?<ey>(?:19|20)\\d{2})"
            + "|(?<ua>\\d{1,2})/(?<ub>\\d{1,2})/(?<uy>(?:19|20)\\d{2})"
            + "|(?<dd>\\d{1,2})[- ]?" + MONTH.replace("(jan", "(?<dm>jan") + "[- ,]*(?<dy>(?:19|20)\\d{2})"
            + "|" + MONTH.replace("(jan", "(?<mm>jan") + " (?<md>\\d{1,2}),? (?<my>(?:19|20)\\d{2})"
            + "|" + MONTH.replace("(jan", "(?<ym>jan") + "[- ,]*(?<yy>(?:19|20)\\d{2})"
            + "|(?<nm>\\d{1,2})[/.](?<ny>(?:19|20)\\d{2})"
            + ")(?![\\w/-])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private Dates() {}

    public static List<DateMention> find(String text) {
        List<DateMention> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                DateMention d = toDate(m);
                if (d != null) {
                    found.add(d);
                }
            } catch (DateTimeException e) {
                // not a calendar date (e.g. 02/31/2026): not a date mention
            }
        }
        return found;
    }

    private static DateMention toDate(Matcher m) {
        int s = m.start();
        int e = m.end();
        if (m.group("iy") != null) {
            return full(s, e, m.group("iy"), m.group("im"), m.group("id"));
        }
        if (m.group("ed") != null) {
            return full(s, e, m.group("ey"), m.group("em"), m.group("ed"));
        }
        if (m.group("ua") != null) {
            int a = Integer.parseInt(m.group("ua"));
            int b = Integer.parseInt(m.group("ub"));
            int y = Integer.parseInt(m.group("uy"));
            return a > 12
                    ? new DateMention(s, e, LocalDate.of(y, b, a), true)
                    : new DateMention(s, e, LocalDate.of(y, a, b), true);
        }
        if (m.group("dd") != null) {
            return new DateMention(
                    s, e, LocalDate.of(year(m.group("dy")), month(m.group("dm")), day(m.group("dd"))), true);
        }
        if (m.group("mm") != null) {
            return new DateMention(
                    s, e, LocalDate.of(year(m.group("my")), month(m.group("mm")), day(m.group("md"))), true);
        }
        if (m.group("ym") != null) {
            return new DateMention(s, e, LocalDate.of(year(m.group("yy")), month(m.group("ym")), 1), false);
        }
        int mo = Integer.parseInt(m.group("nm"));
        return mo >= 1 && mo <= 12 ? new DateMention(s, e, LocalDate.of(year(m.group("ny")), mo, 1), false) : null;
    }

    private static DateMention full(int s, int e, String y, String mo, String d) {
        return new DateMention(s, e, LocalDate.of(year(y), Integer.parseInt(mo), day(d)), true);
    }

    private static int year(String y) {
        return Integer.parseInt(y);
    }

    private static int day(String d) {
        return Integer.parseInt(d);
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
