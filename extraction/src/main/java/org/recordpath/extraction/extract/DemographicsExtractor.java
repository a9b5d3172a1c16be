package org.recordpath.extraction.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;

/**
 * Age ("71-year-old", "Age: 71", or computed from a date of birth at the report date; the birth date itself is
 * never kept) and sex ("Sex: Female", "71-year-old woman").
 */
final class DemographicsExtractor implements Extractor {
    private static final Pattern AGE = Pattern.compile(
            "(?i)\\b(\\d{1,3})[- ]?(?:years?[- ]old|yo\\b|y/o\\b|y\\.o\\.|yrs?[- ]old)|\\bage[d]?\\s*[:=]?\\s*(\\d{1,3})\\b");
    private static final Pattern DOB = Pattern.compile("(?i)\\b(?:dob|date of birth|birth ?date|born)\\s*[:=]?\\s*");
    private static final Pattern SEX = Pattern.compile("(?i)\\b(?:sex|gender)\\s*[:=]\\s*(female|male|f|m)\\b"
            + "|\\d{1,3}[- ]?(?:years?[- ]old|yo|y/o|y\\.o\\.)\\s+(woman|man|female|male|lady|gentleman)\\b");

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        LocalDate at = doc.reportDate();
        for (PageLines page : doc.pages()) {
            String text = page.text();
            Matcher m = AGE.matcher(text);
            while (m.find()) {
                String v = m.group(1) != null ? m.group(1) : m.group(2);
                int age = Integer.parseInt(v);
                if (age > 0 && age < 120) {
                    facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                            .fact(
                                    Fields.AGE,
                                    new FactValue.Measured(new BigDecimal(age), "a", null),
                                    at,
                                    0.95,
                                    Context.AFFIRMED));
                }
            }
            m = DOB.matcher(text);
            while (m.find() && at != null) {
                List<DateMention> ds = Dates.find(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
                if (!ds.isEmpty() && ds.get(0).start() == 0) {
                    int age = Period.between(ds.get(0).date(), at).getYears();
                    if (age > 0 && age < 120) {
                        facts.add(new Evidence(doc.documentId(), page, m.start(), m.start() + 3)
                                .fact(
                                        Fields.AGE,
                                        new FactValue.Measured(new BigDecimal(age), "a", null),
                                        at,
                                        0.9,
                                        Context.AFFIRMED));
                    }
                }
            }
            m = SEX.matcher(text);
            while (m.find()) {
                String v = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                String sex = v.startsWith("f") || v.equals("woman") || v.equals("lady") ? "F" : "M";
                facts.add(new Evidence(doc.documentId(), page, m.start(), m.end())
                        .fact(Fields.SEX, new FactValue.Text(sex), at, 0.95, Context.AFFIRMED));
            }
        }
        return facts;
    }
}
