package org.recordpath.guidance.properties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.LabPoint;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Transfusion;

/** The changes the properties make to a generated profile (#10). */
final class Transformations {
    /** A reading nobody can trust yet: OCR at 30 %, not reviewed. */
    static final Provenance UNREADABLE = new Provenance("scan.pdf", 1, null, null, "?", ReadMethod.OCR, 0.3);

    private Transformations() {}

    /** The ways a known fact becomes unknown; {@code choice} picks one that applies to the profile. */
    static ClinicalProfile makeUnknown(ClinicalProfile p, int choice) {
        List<Analyte> labs = ProfileArbitraries.present(p);
        int kinds = 9;
        switch (Math.floorMod(choice, kinds)) {
            case 0:
                return labs.isEmpty() ? p : lab(p, labs.get(choice / kinds % labs.size()), v -> unreadable(v));
            case 1:
                return labs.isEmpty() ? p : lab(p, labs.get(choice / kinds % labs.size()), v -> withUnit(v, "xyz"));
            case 2:
                return p.withDemographics(new Demographics(
                        p.demographics().age(), p.demographics().sex(), Map.of("age", UNREADABLE)));
            case 3:
                return withKaryotypeNull(p);
            case 4:
                return p.mutations().isEmpty()
                        ? p
                        : withMutations(
                                p, p.mutations().subList(1, p.mutations().size()));
            case 5:
                return p.negativeGenes().isEmpty()
                        ? p
                        : withNegatives(
                                p,
                                p.negativeGenes().subList(1, p.negativeGenes().size()));
            case 6:
                return withClinical(p, null);
            case 7:
                return withTransfusionUnreadable(p);
            default:
                return withReportedUnreadable(p);
        }
    }

    /** A value no patient can have, for a lab present in the profile. */
    static ClinicalProfile makeImpossible(ClinicalProfile p, int choice) {
        List<Analyte> labs = ProfileArbitraries.present(p);
        if (labs.isEmpty() || Math.floorMod(choice, 5) == 4) {
            return p.withDemographics(new Demographics(
                    200 + Math.floorMod(choice, 50), p.demographics().sex(), Map.of()));
        }
        Analyte a = labs.get(Math.floorMod(choice, labs.size()));
        BigDecimal impossible = Math.floorMod(choice, 2) == 0 ? new BigDecimal("-1") : new BigDecimal("1000000");
        return lab(
                p,
                a,
                v -> new LabValue(impossible, v.unit(), null, v.date(), v.provenance(), v.series(), v.conflicts()));
    }

    /** A same-date value of a lab present, from another document. */
    static ClinicalProfile addConflict(ClinicalProfile p, int choice, BigDecimal factor) {
        List<Analyte> labs = ProfileArbitraries.present(p);
        if (labs.isEmpty()) {
            return p;
        }
        Analyte a = labs.get(Math.floorMod(choice, labs.size()));
        return lab(p, a, v -> {
            List<LabPoint> conflicts = new ArrayList<>(v.conflicts());
            conflicts.add(new LabPoint(
                    v.value().multiply(factor).setScale(1, java.math.RoundingMode.HALF_UP),
                    v.unit(),
                    null,
                    v.date(),
                    new Provenance("other.pdf", 2, null, null, "", ReadMethod.TEXT_LAYER, 1.0)));
            return new LabValue(v.value(), v.unit(), v.comparator(), v.date(), v.provenance(), v.series(), conflicts);
        });
    }

    private static LabValue unreadable(LabValue v) {
        return new LabValue(v.value(), v.unit(), v.comparator(), v.date(), UNREADABLE, v.series(), v.conflicts());
    }

    private static LabValue withUnit(LabValue v, String unit) {
        return new LabValue(v.value(), unit, v.comparator(), v.date(), v.provenance(), v.series(), v.conflicts());
    }

    private static ClinicalProfile lab(ClinicalProfile p, Analyte a, java.util.function.UnaryOperator<LabValue> f) {
        Map<Analyte, LabValue> m = new EnumMap<>(Analyte.class);
        m.putAll(p.labs().toMap());
        m.put(a, f.apply(m.get(a)));
        return p.withLabs(Labs.fromMap(m));
    }

    private static ClinicalProfile withKaryotypeNull(ClinicalProfile p) {
        return copy(p, null, p.mutations(), p.negativeGenes(), p.transfusion(), p.clinical(), p.reportedRisk());
    }

    private static ClinicalProfile withMutations(ClinicalProfile p, List<org.recordpath.model.profile.Mutation> m) {
        return copy(p, p.karyotype(), m, p.negativeGenes(), p.transfusion(), p.clinical(), p.reportedRisk());
    }

    private static ClinicalProfile withNegatives(ClinicalProfile p, List<String> n) {
        return copy(p, p.karyotype(), p.mutations(), n, p.transfusion(), p.clinical(), p.reportedRisk());
    }

    private static ClinicalProfile withClinical(ClinicalProfile p, Boolean candidate) {
        Clinical c = p.clinical();
        Clinical unknown = new Clinical(
                c.ecog(),
                candidate,
                c.donor(),
                null,
                null,
                c.fibrosisGrade(),
                c.pnhClone(),
                c.hlaDr15(),
                c.symptomaticAnemia(),
                c.bleeding(),
                c.recurrentInfections(),
                c.provenance());
        return copy(p, p.karyotype(), p.mutations(), p.negativeGenes(), p.transfusion(), unknown, p.reportedRisk());
    }

    private static ClinicalProfile withTransfusionUnreadable(ClinicalProfile p) {
        Transfusion t = p.transfusion();
        Transfusion u = new Transfusion(
                t.rbcUnitsPer8Weeks(),
                t.dependent(),
                t.totalRbcUnits(),
                t.rbcUnitsLast16Weeks(),
                t.episodesLast16Weeks(),
                t.plateletTransfusionDependent(),
                t.asOf(),
                Map.of("rbcUnitsPer8Weeks", UNREADABLE, "dependent", UNREADABLE, "totalRbcUnits", UNREADABLE));
        return copy(p, p.karyotype(), p.mutations(), p.negativeGenes(), u, p.clinical(), p.reportedRisk());
    }

    private static ClinicalProfile withReportedUnreadable(ClinicalProfile p) {
        List<org.recordpath.model.profile.ReportedRisk> r = p.reportedRisk().stream()
                .map(x -> new org.recordpath.model.profile.ReportedRisk(
                        x.system(), x.score(), x.category(), x.date(), UNREADABLE))
                .toList();
        return copy(p, p.karyotype(), p.mutations(), p.negativeGenes(), p.transfusion(), p.clinical(), r);
    }

    private static ClinicalProfile copy(
            ClinicalProfile p,
            org.recordpath.model.profile.KaryotypeFinding k,
            List<org.recordpath.model.profile.Mutation> m,
            List<String> n,
            Transfusion t,
            Clinical c,
            List<org.recordpath.model.profile.ReportedRisk> r) {
        return new ClinicalProfile(
                p.asOf(),
                p.demographics(),
                p.diagnosis(),
                p.labs(),
                k,
                m,
                n,
                p.negativeGeneSources(),
                p.tp53Loh(),
                t,
                p.treatments(),
                p.treatmentsComplete(),
                r,
                c,
                p.conflicts());
    }
}
