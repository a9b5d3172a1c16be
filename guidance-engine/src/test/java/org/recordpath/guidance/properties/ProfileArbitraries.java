package org.recordpath.guidance.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.Demographics;
import org.recordpath.model.profile.Diagnosis;
import org.recordpath.model.profile.Disease;
import org.recordpath.model.profile.KaryotypeFinding;
import org.recordpath.model.profile.LabValue;
import org.recordpath.model.profile.Labs;
import org.recordpath.model.profile.Mutation;
import org.recordpath.model.profile.ReportedRisk;
import org.recordpath.model.profile.Transfusion;
import org.recordpath.model.profile.Treatment;

/**
 * Generated MDS profiles for the properties of #10: clinically plausible values spread over every threshold of
 * pathways.md (Hb around 10, platelets around 50, EPO around 500, blasts around 5 and 20, ...), a karyotype from a
 * set of ISCN strings, a few variants, treatments and statements.
 */
final class ProfileArbitraries {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final Provenance TYPED = new Provenance("generated.pdf", 1, null, null, "", ReadMethod.TEXT_LAYER, 1.0);
    private static final List<String> ISCN = List.of(
            "46,XY[20]",
            "46,XX,del(5)(q13q33)[20]",
            "45,XY,-7[20]",
            "45,X,-Y[20]",
            "47,XY,+8[20]",
            "46,XX,del(5)(q13q33),-7,+8[20]",
            "46,XY,del(20)(q11q13)[20]",
            "44,XY,-5,-7,-17,+8[20]");

    private ProfileArbitraries() {}

    static Arbitrary<ClinicalProfile> profiles() {
        Arbitrary<Map<Analyte, LabValue>> labs = Combinators.combine(
                        lab(4, 16, 1),
                        lab(5, 400, 0),
                        lab(0.1, 8, 1),
                        lab(0, 19, 0),
                        lab(10, 1500, 0),
                        lab(0, 60, 0),
                        lab(100, 5000, 0))
                .as((hb, plt, anc, bl, epo, rs, fer) -> {
                    Map<Analyte, LabValue> m = new EnumMap<>(Analyte.class);
                    put(m, Analyte.HEMOGLOBIN, hb, "g/dL");
                    put(m, Analyte.PLATELETS, plt, "10*9/L");
                    put(m, Analyte.ANC, anc, "10*9/L");
                    put(m, Analyte.BM_BLASTS, bl, "%");
                    put(m, Analyte.SERUM_EPO, epo, "mU/mL");
                    put(m, Analyte.RING_SIDEROBLASTS, rs, "%");
                    put(m, Analyte.FERRITIN, fer, "ng/mL");
                    return m;
                });
        Arbitrary<KaryotypeFinding> karyotype = Arbitraries.of(ISCN)
                .map(i -> new KaryotypeFinding(
                        i, null, null, null, null, null, null, null, List.of(), "karyotype", null, AS_OF, TYPED))
                .injectNull(0.15);
        Arbitrary<Transfusion> transfusion = Combinators.combine(
                        Arbitraries.of(0, 1, 2, 3, 4, 6).injectNull(0.4),
                        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5),
                        Arbitraries.integers().between(0, 60).injectNull(0.5))
                .as((rate, dep, total) -> new Transfusion(
                        rate == null ? null : BigDecimal.valueOf(rate), dep, total, null, null, null, null, Map.of()));
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(
                        mutation("SF3B1", "p.K700E", 30),
                        mutation("TP53", "p.R248Q", 25),
                        mutation("IDH1", "p.R132H", 35),
                        mutation("IDH2", "p.R140Q", 20),
                        mutation("ASXL1", "p.G646fs", 40),
                        mutation("FLT3", null, 15))
                .list()
                .ofMaxSize(3)
                .uniqueElements();
        Arbitrary<List<String>> negatives = Arbitraries.of("SF3B1", "TP53", "IDH1", "IDH2", "ASXL1", "RUNX1")
                .list()
                .ofMaxSize(4)
                .uniqueElements();
        Arbitrary<List<Treatment>> treatments = Arbitraries.of(
                        course("epoetin alfa", "2025-10-01", "2026-01-15", null, "NR", "no-response"),
                        course("Aranesp", "2026-04-01", "2026-04-20", null, "NR", "no-response"),
                        course("azacitidine", "2025-06-01", "2026-02-01", 7, "SD", "no-response"),
                        course("Vidaza", "2026-03-01", "2026-04-01", 1, null, "intolerance"),
                        course("lenalidomide", "2025-01-01", "2025-09-01", null, "HI-E", "loss-of-response"),
                        course("luspatercept", "2026-02-01", null, null, "HI-E", null))
                .list()
                .ofMaxSize(2)
                .uniqueElements();
        Arbitrary<Clinical> clinical = Combinators.combine(
                        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5),
                        Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.7),
                        Arbitraries.integers().between(10, 90).injectNull(0.6))
                .as((candidate, hypo, cellularity) -> new Clinical(
                        null, candidate, null, hypo, cellularity, null, null, null, null, null, null, Map.of()));
        Arbitrary<List<ReportedRisk>> reported = Arbitraries.of(
                List.<ReportedRisk>of(),
                List.of(new ReportedRisk("IPSS-R", new BigDecimal("3"), "Low", null, TYPED)),
                List.of(new ReportedRisk("IPSS-R", null, "High", null, TYPED)),
                List.of(new ReportedRisk("IPSS", null, "Int-1", null, TYPED)),
                List.of(new ReportedRisk("clinician", null, "lower-risk", null, TYPED)));
        Arbitrary<Demographics> demographics = Combinators.combine(
                        Arbitraries.integers().between(18, 95), Arbitraries.of("F", "M"))
                .as((age, sex) -> new Demographics(age, sex, Map.of()));
        return Combinators.combine(
                        demographics, labs, karyotype, mutations, negatives, transfusion, treatments, clinical)
                .as((d, l, k, m, n, t, tr, c) -> new ClinicalProfile(
                        AS_OF,
                        d,
                        new Diagnosis(Disease.MDS, null, "MDS-LB", null, "D46.9", null, null, Map.of()),
                        Labs.fromMap(l),
                        k,
                        m,
                        n.stream()
                                .filter(g -> m.stream().noneMatch(x -> x.gene().equals(g)))
                                .toList(),
                        Map.of(),
                        null,
                        t,
                        tr,
                        null,
                        List.of(),
                        c,
                        List.of()))
                .flatMap(p -> reported.map(r -> withReported(p, r)));
    }

    private static ClinicalProfile withReported(ClinicalProfile p, List<ReportedRisk> r) {
        return new ClinicalProfile(
                p.asOf(),
                p.demographics(),
                p.diagnosis(),
                p.labs(),
                p.karyotype(),
                p.mutations(),
                p.negativeGenes(),
                p.negativeGeneSources(),
                p.tp53Loh(),
                p.transfusion(),
                p.treatments(),
                p.treatmentsComplete(),
                r,
                p.clinical(),
                p.conflicts());
    }

    /** A lab value between the bounds (null in one case of ten). */
    private static Arbitrary<BigDecimal> lab(double low, double high, int scale) {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.valueOf(low), BigDecimal.valueOf(high))
                .ofScale(scale)
                .map(b -> b.setScale(scale, RoundingMode.HALF_UP))
                .injectNull(0.1);
    }

    private static void put(Map<Analyte, LabValue> m, Analyte a, BigDecimal v, String unit) {
        if (v != null) {
            m.put(a, new LabValue(v, unit, null, AS_OF.minusDays(10), TYPED, List.of(), List.of()));
        }
    }

    private static Mutation mutation(String gene, String protein, int vaf) {
        return new Mutation(
                gene, null, protein, null, BigDecimal.valueOf(vaf), Classification.PATHOGENIC, false, TYPED);
    }

    private static Treatment course(
            String drug, String start, String end, Integer cycles, String response, String stop) {
        return new Treatment(drug, null, start, end, cycles, response, stop, end == null && stop == null, TYPED);
    }

    /** The labs of a profile as a mutable list of the analytes present. */
    static List<Analyte> present(ClinicalProfile p) {
        return new ArrayList<>(p.labs().toMap().keySet());
    }
}
