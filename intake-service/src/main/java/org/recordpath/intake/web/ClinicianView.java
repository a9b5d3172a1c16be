package org.recordpath.intake.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordpath.guidance.GuidanceReport;
import org.recordpath.guidance.risk.IpssmResult;
import org.recordpath.guidance.risk.IpssrComponent;
import org.recordpath.guidance.risk.ReportedComparison;
import org.recordpath.model.fact.Fact;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Mutation;

/**
 * The clinician's summary rows in words, each with its date, assay and source: IPSS-R inputs, how the IPSS-M is to
 * be reported, reported scores against the computed ones, variants, karyotype, PNH clone and HLA-DR15, and the
 * comments on contradictions ({@link SummaryComments}).
 */
record ClinicianView(
        List<Row> ipssrInputs,
        String ipssmReported,
        List<String> reported,
        List<String> comments,
        List<Row> variants,
        Row karyotype,
        List<Row> tested) {

    /** One value with what it is, its points or classification, its date, the assay and its source. */
    record Row(String name, String value, String detail, String date, String assay, SourceLinks.Source source) {}

    static ClinicianView of(ClinicalProfile profile, GuidanceReport report, List<Fact> facts, SourceLinks sources) {
        Map<Provenance, LocalDate> dates = new HashMap<>();
        facts.forEach(f -> {
            if (f.asOf() != null) {
                dates.putIfAbsent(f.provenance(), f.asOf());
            }
        });
        GuidanceReport.Risk risk = report.risk();
        List<Row> inputs = new ArrayList<>();
        if (risk != null && risk.ipssr() != null) {
            risk.ipssr().components().forEach(c -> inputs.add(input(c, profile, sources)));
        }
        List<Row> variants = new ArrayList<>();
        for (Mutation m : profile.mutations()) {
            variants.add(new Row(
                    m.gene(),
                    change(m),
                    m.classification().toString(),
                    date(dates.get(m.provenance())),
                    "gene panel",
                    sources.of(m.provenance())));
        }
        return new ClinicianView(
                List.copyOf(inputs),
                risk == null || risk.ipssm() == null
                        ? null
                        : ipssmReported(risk.ipssm().reported()),
                risk == null
                        ? List.of()
                        : risk.reported().stream()
                                .map(ClinicianView::comparison)
                                .toList(),
                SummaryComments.of(profile, report),
                List.copyOf(variants),
                karyotype(profile.karyotype(), sources),
                List.of(
                        tested("PNH clone", profile.clinical().pnhClone(), "pnhClone", profile, sources),
                        tested("HLA-DR15", profile.clinical().hlaDr15(), "hlaDr15", profile, sources)));
    }

    private static Row input(IpssrComponent c, ClinicalProfile profile, SourceLinks sources) {
        String points = c.points() != null
                ? c.points().stripTrailingZeros().toPlainString()
                : c.minPoints().stripTrailingZeros().toPlainString() + "–"
                        + c.maxPoints().stripTrailingZeros().toPlainString();
        LocalDate date = null;
        String name;
        String assay;
        switch (c.input()) {
            case "cyto":
                name = "Cytogenetics";
                assay = "karyotype";
                date = profile.karyotype() == null ? null : profile.karyotype().date();
                break;
            case "blasts":
                name = "Marrow blasts";
                assay = "bone marrow";
                date = labDate(profile.labs().bmBlasts());
                break;
            case "hb":
                name = "Hemoglobin";
                assay = "blood count";
                date = labDate(profile.labs().hemoglobin());
                break;
            case "plt":
                name = "Platelets";
                assay = "blood count";
                date = labDate(profile.labs().platelets());
                break;
            default:
                name = "ANC";
                assay = "blood count";
                date = labDate(profile.labs().anc());
        }
        return new Row(name, DisplayUnits.text(c.value()), points, date(date), assay, sources.of(c.source()));
    }

    private static LocalDate labDate(LabValue value) {
        return value == null ? null : value.date();
    }

    private static Row karyotype(KaryotypeFinding k, SourceLinks sources) {
        if (k == null) {
            return null;
        }
        String assay = k.source() != null ? k.source() : "karyotype";
        if (k.metaphases() != null) {
            assay += ", " + k.metaphases() + " metaphases";
        }
        return new Row(
                k.iscn() == null ? "not stated" : k.iscn(),
                k.ipssrCategory() != null
                        ? k.ipssrCategory().toString()
                        : k.ipssrRange() != null ? k.ipssrRange().toString() : "unknown",
                k.abnormalities().isEmpty() ? null : String.join(", ", k.abnormalities()),
                date(k.date()),
                assay,
                sources.of(k.provenance()));
    }

    private static Row tested(String name, Boolean result, String key, ClinicalProfile profile, SourceLinks sources) {
        String value = result == null ? "not tested" : (result ? "positive" : "negative");
        return new Row(
                name,
                value,
                null,
                null,
                null,
                sources.of(profile.clinical().provenance().get(key)));
    }

    private static String change(Mutation m) {
        String c = m.hgvsC() == null ? "" : m.hgvsC();
        String p = m.hgvsP() == null ? "" : m.hgvsP();
        String change = (c + " " + p).strip();
        String vaf = m.vafPct() == null
                ? ""
                : ", VAF " + m.vafPct().stripTrailingZeros().toPlainString() + " %";
        return (change.isEmpty() ? "change not stated" : change) + vaf;
    }

    private static String date(LocalDate date) {
        return date == null ? "date not stated" : date.toString();
    }

    /** How the computed IPSS-M is to be reported (risk-scores.md: one score only when best and worst are close). */
    static String ipssmReported(IpssmResult.Reported r) {
        if (r == null) {
            return null;
        }
        if (r.score() != null) {
            return "Report as " + r.score() + " (" + r.category() + "): best and worst case are within 1 point.";
        }
        if (r.category() != null) {
            return "Report the category only, " + r.category()
                    + ": best and worst case differ by more than 1 point but share the category.";
        }
        return "No single IPSS-M result can be reported: the missing inputs span more than one category.";
    }

    static String comparison(ReportedComparison c) {
        StringBuilder s = new StringBuilder("The records state ").append(c.system());
        if (c.score() != null) {
            s.append(' ').append(c.score().stripTrailingZeros().toPlainString());
        }
        if (c.category() != null) {
            s.append(" (").append(c.category()).append(')');
        }
        s.append(": ").append(c.note());
        if (Boolean.FALSE.equals(c.agrees())) {
            s.append(" — check which inputs the report used.");
        }
        return s.append(c.note().endsWith(".") || Boolean.FALSE.equals(c.agrees()) ? "" : ".")
                .toString();
    }
}
