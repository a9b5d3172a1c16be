package org.recordpath.extraction.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.ContextDetector;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.extraction.text.SectionKind;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.Analyte;

/**
 * Blood counts and chemistry (Hb, platelets, ANC, WBC, MCV, serum EPO, ferritin) from results tables (a row per
 * analyte, a column per date) and from prose ("Hgb 8.9 g/dL", "ferritin 2,950 ng/mL (08-Sep-2026)").
 */
final class LabExtractor implements Extractor {
    private static final Pattern FILLER =
            Pattern.compile("(?i)^[\\s:=,]*(?:(?:was|is|of|at|level|count|value|now)\\s*[:=]?\\s*){0,3}");

    /** An abnormal flag in parentheses beside a result ("10.6 (L)", "(HH)", "(L*)"): part of a table cell (#13). */
    private static final Pattern FLAG = Pattern.compile("\\((?:[HLhl]{1,2}\\*?|A|C|crit)\\)");

    private static final double NEAR_MISS = 0.6;
    private static final java.util.Set<SectionKind> TABLE_SECTIONS =
            java.util.EnumSet.of(SectionKind.LABS, SectionKind.PERIPHERAL_BLOOD);

    /**
     * Analytes written with a decimal by convention (Hb 8.1 g/dL, WBC 2.9, ANC 1.20), whose OCR readings are checked
     * for a lost decimal point; EPO and ferritin span orders of magnitude, so a high value there is no sign of one.
     */
    private static final java.util.Set<Analyte> DECIMAL_COUNTS =
            java.util.EnumSet.of(Analyte.HEMOGLOBIN, Analyte.WBC, Analyte.ANC);

    private final AnalyteLabels labels = new AnalyteLabels();
    private final UnitConverter units = new UnitConverter();
    private final LabValues values = new LabValues(units);
    private final ContextDetector contexts = new ContextDetector();
    private final Flowsheets flowsheets = new Flowsheets(labels, units);

    @Override
    public List<Fact> extract(DocumentText doc) {
        List<Fact> facts = new ArrayList<>();
        for (PageLines page : doc.pages()) {
            for (LabsBelowLabels.Found f : LabsBelowLabels.read(page, labels, units)) {
                ValueScan.Value v = f.scan().values().get(0);
                emit(doc, page, f.labelStart(), f.label().label(), v, f.scan(), doc.defaultDate(), 0.85, facts);
            }
            for (Flowsheets.Cell cell : flowsheets.read(page)) {
                emit(
                        doc,
                        page,
                        cell.value().start(),
                        cell.label().label(),
                        cell.value(),
                        cell.scan(),
                        cell.date(),
                        0.9,
                        facts);
            }
            for (Line line : page.lines()) {
                var row = labels.rowLabel(line.text())
                        .or(() -> TABLE_SECTIONS.contains(line.section())
                                ? labels.nearMissRowLabel(line.text())
                                : java.util.Optional.empty());
                if (row.isPresent() && isTableRow(line, row.get())) {
                    boolean exact = labels.rowLabel(line.text()).isPresent();
                    tableRow(doc, page, line, row.get(), facts, exact ? 1.0 : NEAR_MISS);
                } else {
                    for (AnalyteLabels.Found f : labels.findAll(line.text())) {
                        inline(doc, page, line, f, facts);
                    }
                }
            }
        }
        return facts;
    }

    private boolean isTableRow(Line line, AnalyteLabels.Found label) {
        int end = LabRows.rowEnd(line.text(), label.end(), units);
        String rest = FLAG.matcher(line.text().substring(label.end(), end)).replaceAll(" ");
        return Dates.find(rest).isEmpty()
                && labels.findAll(rest).stream()
                        .allMatch(f -> f.label().analyte() == label.label().analyte())
                && !rest.contains("(")
                && !rest.contains(":");
    }

    private void tableRow(
            DocumentText doc, PageLines page, Line line, AnalyteLabels.Found label, List<Fact> out, double confidence) {
        int end = line.start() + LabRows.rowEnd(line.text(), label.end(), units);
        ValueScan scan = ValueScan.scan(page.text(), line.start() + label.end(), end, units);
        if (scan.values().isEmpty()) {
            return;
        }
        List<LabColumns.Column> cols = LabColumns.above(page, line);
        List<LocalDate> dates;
        List<ValueScan.Value> vals = scan.values();
        if (cols.isEmpty()) {
            emit(
                    doc,
                    page,
                    line.start() + label.start(),
                    label.label(),
                    vals.get(0),
                    scan,
                    doc.defaultDate(),
                    confidence,
                    out);
            return;
        } else {
            dates = LabColumns.assign(page, cols, vals);
        }
        for (int i = 0; i < vals.size(); i++) {
            if (dates.get(i) != null) {
                emit(
                        doc,
                        page,
                        line.start() + label.start(),
                        label.label(),
                        vals.get(i),
                        scan,
                        dates.get(i),
                        confidence,
                        out);
            }
        }
    }

    private void inline(DocumentText doc, PageLines page, Line line, AnalyteLabels.Found label, List<Fact> out) {
        String text = line.text();
        Matcher filler = FILLER.matcher(text.substring(label.end()));
        int valueStart = LabRows.resultStart(text, label.end() + (filler.find() ? filler.end() : 0));
        if (valueStart >= text.length()
                || !(Character.isDigit(text.charAt(valueStart)) || "<>≤≥".indexOf(text.charAt(valueStart)) >= 0)) {
            return;
        }
        int stop = stopOf(text, valueStart);
        ValueScan scan = ValueScan.scan(page.text(), line.start() + valueStart, line.start() + stop, units);
        if (scan.values().isEmpty() || scan.values().get(0).start() != line.start() + valueStart) {
            return;
        }
        if (label.label().analyte() == Analyte.SERUM_EPO && scan.unit() == null) {
            return;
        }
        ValueScan.Value v = scan.values().get(0);
        int after = scan.unit() != null ? Math.max(scan.unit().end(), v.end()) : v.end();
        LocalDate date = LabRows.trailingDate(text, after - line.start())
                .orElseGet(() -> MentionDates.of(doc, page, line.start() + label.start(), after));
        emit(doc, page, line.start() + label.start(), label.label(), v, scan, date, 0.95, out);
    }

    private int stopOf(String text, int from) {
        int stop = text.length();
        for (String s : List.of(";", "(", ",  ", ". ")) {
            int i = text.indexOf(s, from);
            if (i >= 0 && i < stop) {
                stop = i;
            }
        }
        for (AnalyteLabels.Found f : labels.findAll(text.substring(from))) {
            stop = Math.min(stop, from + f.start());
        }
        for (DateMention d : Dates.find(text.substring(from))) {
            stop = Math.min(stop, from + d.start());
        }
        int comma = text.indexOf(", ", from);
        return comma >= 0 ? Math.min(stop, comma) : stop;
    }

    private void emit(
            DocumentText doc,
            PageLines page,
            int labelStart,
            AnalyteLabels.Label label,
            ValueScan.Value v,
            ValueScan scan,
            LocalDate date,
            double confidence,
            List<Fact> out) {
        if (page.page().method() == ReadMethod.OCR
                && DECIMAL_COUNTS.contains(label.analyte())
                && scan.mayHaveLostDecimalPoint(v)) {
            return;
        }
        Optional<LabValues.Converted> c = values.toCanonical(label, v, scan);
        if (c.isEmpty()) {
            return;
        }
        Context ctx = contexts.classify(page, labelStart, v.end(), ContextDetector.usual());
        if (ctx == Context.HISTORICAL && date != null && !date.equals(doc.defaultDate())) {
            ctx = Context.AFFIRMED;
        }
        Evidence ev = new Evidence(doc.documentId(), page, labelStart, v.end());
        FactValue value =
                new FactValue.Measured(c.get().value(), label.analyte().canonicalUnit(), v.comparator());
        out.add(ev.fact(
                label.analyte().path(), value, date, confidence * c.get().confidence(), ctx));
    }
}
