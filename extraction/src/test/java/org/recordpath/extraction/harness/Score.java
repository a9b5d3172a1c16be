package org.recordpath.extraction.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * True/false positives and false negatives per key: a field, a format, an institution style, a style × format cell
 * ("S8 text-pdf"), or overall. A slot's {@code cell} is the style and format of its source document.
 */
final class Score {
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Outcome(String patient, String field, String gold, String predicted, String verdict, String cell) {}

    final Map<String, Counts> byField = new TreeMap<>();
    final Map<String, Counts> byFormat = new TreeMap<>();
    final Map<String, Counts> byStyle = new TreeMap<>();
    final Map<String, Counts> byCell = new TreeMap<>();
    final Counts overall = new Counts();
    final Counts overallWithoutFhir = new Counts();
    final List<Outcome> outcomes = new ArrayList<>();

    /** The format part of a cell key ("S8 text-pdf" → "text-pdf"; "unattributed" stays). */
    static String format(String cell) {
        return cell.substring(cell.indexOf(' ') + 1);
    }

    /** The style part of a cell key ("S8 text-pdf" → "S8"); a key without a style is its own style. */
    static String style(String cell) {
        int space = cell.indexOf(' ');
        return space < 0 ? cell : cell.substring(0, space);
    }

    /** Compares one patient's slots: single fields by value, list fields as sets. */
    void compare(String patient, List<Slot> gold, List<Slot> predicted) {
        List<Slot> unmatched = new ArrayList<>(
                predicted.stream().filter(s -> s.value() != null).toList());
        for (Slot g : gold) {
            if (g.value() == null) {
                continue;
            }
            Slot hit = unmatched.stream()
                    .filter(p -> p.field().equals(g.field()) && p.value().equals(g.value()))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                unmatched.remove(hit);
                count(patient, g.field(), g.value(), hit.value(), "TP", hit.format());
            } else {
                String pred = predicted.stream()
                        .filter(p -> p.single() && p.field().equals(g.field()) && p.value() != null)
                        .map(Slot::value)
                        .findFirst()
                        .orElse(null);
                count(patient, g.field(), g.value(), pred, "FN", g.format());
            }
        }
        for (Slot p : unmatched) {
            count(patient, p.field(), null, p.value(), "FP", p.format());
        }
    }

    private void count(String patient, String field, String gold, String pred, String verdict, String cell) {
        outcomes.add(new Outcome(patient, field, gold, pred, verdict, cell));
        String format = format(cell);
        for (Counts c : List.of(
                byField.computeIfAbsent(field, k -> new Counts()),
                byFormat.computeIfAbsent(format, k -> new Counts()),
                byStyle.computeIfAbsent(style(cell), k -> new Counts()),
                byCell.computeIfAbsent(cell, k -> new Counts()),
                overall)) {
            add(c, verdict);
        }
        if (!format.equals("fhir-json")) {
            add(overallWithoutFhir, verdict);
        }
    }

    private static void add(Counts c, String verdict) {
        switch (verdict) {
            case "TP" -> c.tp++;
            case "FP" -> c.fp++;
            default -> c.fn++;
        }
    }
}
