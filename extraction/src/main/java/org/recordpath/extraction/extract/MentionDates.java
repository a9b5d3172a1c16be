package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
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
    private static final int ITEM_LINES = 4;
    private static final Pattern BULLET = Pattern.compile("\\s*[–•*·-]\\s+");
    /** After the leading date, a short qualifier and a colon ("bone marrow:", "(HMDS):"). */
    private static final Pattern ITEM_TAIL = Pattern.compile("[^:\\n.;]{0,30}:");

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
        return itemDate(page, mentionStart).orElse(doc.defaultDate());
    }

    /**
     * The date leading the list item a mention is in ("– 14.01.2025 bone marrow: ... Karyotype: ...", "14.01.2025
     * (HMDS): cellularity ..."), the item running from a line that starts with a bullet or a date; a table row that
     * starts with its date ("9/1/2026   80%   12%   45,XY,-7[12]/") dates what is on that row (#13).
     */
    private static java.util.Optional<LocalDate> itemDate(PageLines page, int mentionStart) {
        Line line = page.lineAt(mentionStart);
        for (int i = line.index(); i >= 0 && i > line.index() - ITEM_LINES; i--) {
            Line l = page.lines().get(i);
            if (l.heading()) {
                break;
            }
            Matcher bullet = BULLET.matcher(l.text());
            boolean bulleted = bullet.lookingAt();
            String rest = l.text().substring(bulleted ? bullet.end() : 0).stripLeading();
            List<DateMention> ds = Dates.find(rest);
            boolean dateFirst = !ds.isEmpty() && ds.get(0).start() == 0;
            if (bulleted || dateFirst) {
                boolean sameRow = i == line.index() && !bulleted;
                return dateFirst
                                && (sameRow
                                        || ITEM_TAIL
                                                .matcher(
                                                        rest.substring(ds.get(0).end()))
                                                .lookingAt())
                        ? java.util.Optional.of(ds.get(0).date())
                        : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }
}
