package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.Scope;

/**
 * The date a mention in prose is about: "(date)" or "on date" right after it; a date leading its sentence
 * ("23-Jun-2026: WBC ...", "Bone marrow biopsy 12-May-2026: 55% cellular"); the date of "at that time"; else the
 * document's default date.
 */
final class MentionDates {
    private static final Pattern DATE_AFTER = Pattern.compile("(?i)^[\\s,]*(?:\\(\\s*|(?:on|from|dated|drawn|of)\\s+)");
    private static final Pattern LEAD_TAIL = Pattern.compile("^\\)?\\s*:");

    private MentionDates() {}

    static LocalDate of(DocumentText doc, PageLines page, int mentionStart, int mentionEnd) {
        String text = page.text();
        String after = text.substring(mentionEnd, Math.min(text.length(), mentionEnd + 40));
        Matcher lead = DATE_AFTER.matcher(after);
        if (lead.find()) {
            List<DateMention> ds = Dates.find(after.substring(lead.end()));
            if (!ds.isEmpty() && ds.get(0).start() == 0) {
                return ds.get(0).date();
            }
        }
        int[] scope = Scope.sentence(text, mentionStart, mentionEnd);
        String before = text.substring(Math.max(scope[0], mentionStart - 250), mentionStart);
        List<DateMention> ds = Dates.find(before);
        if (!ds.isEmpty()) {
            DateMention last = ds.get(ds.size() - 1);
            String sentence = text.substring(scope[0], scope[1]).toLowerCase(Locale.ROOT);
            if (LEAD_TAIL.matcher(before.substring(last.end())).find() || sentence.contains("at that time")) {
                return last.date();
            }
        }
        return doc.defaultDate();
    }
}
