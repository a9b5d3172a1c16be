package org.recordpath.extraction.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordpath.extraction.text.DateMention;
import org.recordpath.extraction.text.Dates;
import org.recordpath.extraction.text.Line;
import org.recordpath.extraction.text.PageLines;
import org.recordpath.model.fact.Context;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.FactValue;
import org.recordpath.model.fact.Fields;
import org.recordpath.model.profile.Treatment;

/**
 * Treatment-history tables (#13): a header naming the agent and best-response columns and some of start, stop,
 * cycles, outcome ({@code treatment-columns.tsv}, any order); each row below whose agent cell names a
 * disease-directed drug is one course given, its cells read by alignment under the header. A line announcing
 * pending or proposed treatment ends the table: what follows is a plan, never a course.
 */
final class TreatmentTable {
    private static final List<String> REQUIRED = List.of("agent", "response");
    private static final int MIN_COLUMNS = 4;
    private static final int MAX_GAP = 6;
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\b(?:pending|proposed|planned|not (?:yet )?started|to start|consider(?:ed|ing)?|recommended)\\b");
    private static final Pattern ONGOING =
            Pattern.compile("(?i)\\b(?:ongoing|current(?:ly)?|continu(?:es|ing|e)|active|on treatment)\\b");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.])(\\d{1,2})(?![\\d.])");

    private final TableHeader header = new TableHeader("treatment-columns.tsv");
    private final Drugs drugs;
    private final Responses responses;

    TreatmentTable(Drugs drugs, Responses responses) {
        this.drugs = drugs;
        this.responses = responses;
    }

    List<Fact> read(DocumentText doc, PageLines page) {
        List<Fact> out = new ArrayList<>();
        List<TableHeader.Column> cols = null;
        int gap = 0;
        for (Line line : page.lines()) {
            Optional<List<TableHeader.Column>> h = header.columns(page, line, REQUIRED);
            if (h.isPresent() && h.get().size() >= MIN_COLUMNS) {
                cols = h.get();
                gap = 0;
                continue;
            }
            if (cols == null) {
                continue;
            }
            Optional<Fact> course = row(doc, page, line, cols);
            if (course.isPresent()) {
                out.add(course.get());
                gap = 0;
            } else if (line.heading() || PLANNED.matcher(line.text()).find() || ++gap > MAX_GAP) {
                cols = null;
            }
        }
        return out;
    }

    private Optional<Fact> row(DocumentText doc, PageLines page, Line line, List<TableHeader.Column> cols) {
        Map<String, String> cells = TableHeader.cells(page, line, cols);
        String agent = cells.getOrDefault("agent", "");
        List<Drugs.Found> found = drugs.find(agent);
        if (found.isEmpty() || !found.get(0).drug().diseaseDirected() || cells.size() < 2) {
            return Optional.empty();
        }
        Drugs.Drug drug = found.get(0).drug();
        String outcome = cells.getOrDefault("outcome", "");
        String stopCell = cells.getOrDefault("stop", "");
        boolean ongoing = ONGOING.matcher(stopCell + " " + outcome).find();
        Optional<DateMention> start = first(cells.get("start"));
        String response = cells.get("response");
        Evidence ev = new Evidence(doc.documentId(), page, line.start(), line.end());
        Treatment t = new Treatment(
                drug.generic(),
                drug.rxnorm(),
                start.map(DateMention::yearMonth).orElse(null),
                ongoing ? null : first(stopCell).map(DateMention::yearMonth).orElse(null),
                count(cells.get("cycles")),
                response == null || response.isBlank()
                        ? null
                        : responses.response(response).orElse("unknown"),
                ongoing || outcome.isBlank()
                        ? null
                        : responses.stoppedReason(outcome).orElse(null),
                ongoing ? Boolean.TRUE : null,
                ev.provenance());
        return Optional.of(ev.fact(
                Fields.TREATMENT,
                new FactValue.Course(t),
                start.map(DateMention::date).orElse(doc.reportDate()),
                0.95,
                Context.AFFIRMED));
    }

    private static Optional<DateMention> first(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        List<DateMention> ds = Dates.find(cell);
        return ds.isEmpty() ? Optional.empty() : Optional.of(ds.get(0));
    }

    private static Integer count(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = COUNT.matcher(cell);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
