package org.recordpath.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Transfusion;
import org.recordpath.model.profile.Treatment;
import org.springframework.web.util.HtmlUtils;

/**
 * Hemoglobin, platelets and ANC over time as inline SVG drawn on the server (no script, no external library), one
 * panel per analyte on a shared date axis, with treatment starts and the transfusion record marked. Styling is by
 * class names in app.css, so the strict CSP needs no inline styles.
 */
final class LabChart {
    static final int WIDTH = 640;
    static final int PANEL = 110;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 24;

    private LabChart() {}

    /** A point of a series with a date. */
    record Point(LocalDate date, BigDecimal value) {}

    /** A dated event drawn as a vertical line across the panels. */
    record Marker(LocalDate date, String label, String kind) {}

    /** One analyte's dated values. */
    record Series(String name, String unit, List<Point> points) {}

    static List<Series> series(ClinicalProfile profile) {
        return List.of(
                series("Hemoglobin", profile.labs().hemoglobin()),
                series("Platelets", profile.labs().platelets()),
                series("ANC (neutrophils)", profile.labs().anc()));
    }

    static List<Marker> markers(ClinicalProfile profile) {
        List<Marker> markers = new ArrayList<>();
        for (Treatment t : profile.treatments()) {
            t.startDate().ifPresent(d -> markers.add(new Marker(d, t.drug() + " started", "treatment")));
        }
        Transfusion tf = profile.transfusion();
        if (tf.asOf() != null
                && (Boolean.TRUE.equals(tf.dependent())
                        || (tf.totalRbcUnits() != null && tf.totalRbcUnits() > 0)
                        || (tf.rbcUnitsLast16Weeks() != null && tf.rbcUnitsLast16Weeks() > 0))) {
            markers.add(new Marker(tf.asOf(), transfusionLabel(tf), "transfusion"));
        }
        markers.sort(Comparator.comparing(Marker::date));
        return List.copyOf(markers);
    }

    private static String transfusionLabel(Transfusion tf) {
        if (tf.rbcUnitsLast16Weeks() != null) {
            return tf.rbcUnitsLast16Weeks() + " red cell units in 16 weeks";
        }
        if (tf.totalRbcUnits() != null) {
            return tf.totalRbcUnits() + " red cell units";
        }
        return "transfusions";
    }

    private static Series series(String name, LabValue value) {
        if (value == null) {
            return new Series(name, "", List.of());
        }
        List<Point> points = new ArrayList<>();
        for (LabPoint p : value.series()) {
            if (p.date() != null) {
                points.add(new Point(p.date(), p.value()));
            }
        }
        if (value.date() != null) {
            points.add(new Point(value.date(), value.value()));
        }
        points.sort(Comparator.comparing(Point::date));
        return new Series(name, DisplayUnits.text(value.unit()), List.copyOf(points));
    }

    /** The SVG markup, or an empty string when there is no dated value to draw. */
    static String svg(List<Series> series, List<Marker> markers) {
        List<LocalDate> dates = new ArrayList<>();
        series.forEach(s -> s.points().forEach(p -> dates.add(p.date())));
        if (dates.isEmpty()) {
            return "";
        }
        markers.forEach(m -> dates.add(m.date()));
        LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int height = TOP + series.size() * PANEL + 28;
        int plotWidth = WIDTH - LEFT - RIGHT;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\">")
                .append("<title id=\"chart-title\">Hemoglobin, platelets and ANC over time")
                .append(markers.isEmpty() ? "" : ", with treatments and transfusions marked")
                .append("</title>");
        for (int i = 0; i < series.size(); i++) {
            panel(svg, series.get(i), TOP + i * PANEL, first, span, plotWidth);
        }
        int bottom = TOP + series.size() * PANEL;
        for (Marker m : markers) {
            double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, m.date()) / (double) span;
            svg.append("<line class=\"marker ")
                    .append(m.kind())
                    .append("\" x1=\"")
                    .append(fmt(x))
                    .append("\" x2=\"")
                    .append(fmt(x))
                    .append("\" y1=\"")
                    .append(TOP - 8)
                    .append("\" y2=\"")
                    .append(bottom)
                    .append("\"><title>")
                    .append(HtmlUtils.htmlEscape(m.label() + " (" + m.date() + ")"))
                    .append("</title></line>");
            svg.append("<text class=\"marker-label\" x=\"")
                    .append(fmt(x + 3))
                    .append("\" y=\"")
                    .append(TOP - 10)
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(m.label()))
                    .append("</text>");
        }
        svg.append("<text class=\"axis\" x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(bottom + 18)
                .append("\">")
                .append(first)
                .append("</text>");
        svg.append("<text class=\"axis end\" x=\"")
                .append(WIDTH - RIGHT)
                .append("\" y=\"")
                .append(bottom + 18)
                .append("\">")
                .append(last)
                .append("</text>");
        return svg.append("</svg>").toString();
    }

    private static void panel(StringBuilder svg, Series s, int top, LocalDate first, long span, int plotWidth) {
        int bottom = top + PANEL - 24;
        svg.append("<g class=\"panel\"><text class=\"panel-title\" x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(top + 10)
                .append("\">")
                .append(HtmlUtils.htmlEscape(s.name() + (s.unit().isEmpty() ? "" : " (" + s.unit() + ")")))
                .append("</text>");
        svg.append("<line class=\"frame\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" y2=\"")
                .append(bottom)
                .append("\"/>");
        if (s.points().isEmpty()) {
            svg.append("<text class=\"axis\" x=\"")
                    .append(LEFT + 8)
                    .append("\" y=\"")
                    .append(bottom - 20)
                    .append("\">not in the records</text></g>");
            return;
        }
        double min = s.points().stream()
                .mapToDouble(p -> p.value().doubleValue())
                .min()
                .orElse(0);
        double max = s.points().stream()
                .mapToDouble(p -> p.value().doubleValue())
                .max()
                .orElse(1);
        double lo = Math.min(0, min);
        double hi = max <= lo ? lo + 1 : max * 1.1;
        int plotTop = top + 18;
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Point p : s.points()) {
            double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, p.date()) / (double) span;
            double y = bottom - (bottom - plotTop) * (p.value().doubleValue() - lo) / (hi - lo);
            path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            dots.append("<circle class=\"dot\" cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\" r=\"4\"><title>")
                    .append(HtmlUtils.htmlEscape(s.name() + " "
                            + p.value().stripTrailingZeros().toPlainString() + " " + s.unit() + " on " + p.date()))
                    .append("</title></circle>");
        }
        svg.append("<text class=\"axis end\" x=\"")
                .append(LEFT - 6)
                .append("\" y=\"")
                .append(plotTop + 4)
                .append("\">")
                .append(label(hi))
                .append("</text>");
        svg.append("<text class=\"axis end\" x=\"")
                .append(LEFT - 6)
                .append("\" y=\"")
                .append(bottom)
                .append("\">")
                .append(label(lo))
                .append("</text>");
        svg.append("<path class=\"line\" d=\"")
                .append(path)
                .append("\"/>")
                .append(dots)
                .append("</g>");
    }

    private static String label(double v) {
        return v >= 100 ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
