package org.recordpath.guidance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.recordpath.model.fact.Provenance;
import org.recordpath.model.fact.ReadMethod;
import org.recordpath.model.karyotype.Karyotypes;
import org.recordpath.model.profile.Analyte;
import org.recordpath.model.profile.Classification;
import org.recordpath.model.profile.Clinical;
import org.recordpath.model.profile.ClinicalProfile;
import org.recordpath.model.profile.CytoCategory;
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
 * Test-side loader: a corpus gold file (corpus/SCHEMA.md) as a contract profile. The karyotype finding comes from the
 * ISCN parser of org.recordpath.model.karyotype, the same one extraction uses, and must agree with the gold's stated
 * IPSS-R category.
 */
final class GoldProfiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Analyte> LABS = Map.of(
            "hemoglobin_g_dl",
            Analyte.HEMOGLOBIN,
            "platelets_10e9_l",
            Analyte.PLATELETS,
            "anc_10e9_l",
            Analyte.ANC,
            "wbc_10e9_l",
            Analyte.WBC,
            "bm_blasts_pct",
            Analyte.BM_BLASTS,
            "ring_sideroblasts_pct",
            Analyte.RING_SIDEROBLASTS,
            "serum_epo_mu_ml",
            Analyte.SERUM_EPO,
            "ferritin_ng_ml",
            Analyte.FERRITIN);

    private GoldProfiles() {}

    /** One gold case: the profile and the labels. */
    record Gold(
            String id,
            ClinicalProfile profile,
            List<String> expectedPathways,
            List<String> expectedMissing,
            JsonNode raw) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<Gold> dev() throws IOException {
        return of("dev");
    }

    /** The gold cases of one corpus set ("dev", "dev2"). */
    static Stream<Gold> of(String set) throws IOException {
        Path dir = Path.of(System.getProperty("recordpath.corpus", "../../shared/corpus"), set);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> golds = s.map(p -> p.resolve("gold.json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            List<Gold> out = new ArrayList<>();
            for (Path g : golds) {
                out.add(read(g));
            }
            return out.stream();
        }
    }

    static Gold read(Path file) throws IOException {
        JsonNode g = JSON.readTree(file.toFile());
        return new Gold(
                g.path("patient_id").asText(),
                profile(g),
                strings(g.path("expected_pathways")),
                strings(g.path("expected_missing")),
                g);
    }

    static ClinicalProfile profile(JsonNode g) {
        Provenance src = new Provenance("gold.json", 1, null, null, "", ReadMethod.MANUAL, 1.0);
        Map<Analyte, LabValue> labs = new EnumMap<>(Analyte.class);
        g.path("labs").fields().forEachRemaining(e -> {
            Analyte a = LABS.get(e.getKey());
            if (a != null) {
                labs.put(
                        a,
                        new LabValue(
                                e.getValue().path("value").decimalValue(),
                                a.canonicalUnit(),
                                null,
                                date(e.getValue().path("date")),
                                src,
                                List.of(),
                                List.of()));
            }
        });
        List<Mutation> mutations = new ArrayList<>();
        for (JsonNode m : g.path("mutations")) {
            mutations.add(new Mutation(
                    m.path("gene").asText(),
                    text(m.path("hgvs_c")),
                    text(m.path("hgvs_p")),
                    null,
                    m.path("vaf_pct").isNumber() ? m.path("vaf_pct").decimalValue() : null,
                    m.path("pathogenic").asBoolean() ? Classification.PATHOGENIC : Classification.VUS,
                    false,
                    src));
        }
        JsonNode t = g.path("transfusion");
        Transfusion transfusion = t.isObject()
                ? new Transfusion(
                        t.path("rbc_units_per_8_weeks").isNumber()
                                ? t.path("rbc_units_per_8_weeks").decimalValue()
                                : null,
                        t.path("dependent").isBoolean() ? t.path("dependent").asBoolean() : null,
                        t.path("total_rbc_units").isNumber()
                                ? t.path("total_rbc_units").asInt()
                                : null,
                        null,
                        null,
                        null,
                        null,
                        Map.of())
                : null;
        List<Treatment> treatments = new ArrayList<>();
        for (JsonNode x : g.path("treatments")) {
            String end = text(x.path("end"));
            String stopped = text(x.path("stopped_reason"));
            treatments.add(new Treatment(
                    x.path("drug").asText(),
                    null,
                    text(x.path("start")),
                    end,
                    x.path("cycles").isNumber() ? x.path("cycles").asInt() : null,
                    text(x.path("best_response")),
                    stopped,
                    end == null && stopped == null,
                    src));
        }
        JsonNode c = g.path("clinical");
        Clinical clinical = new Clinical(
                ecog(text(c.path("performance_status"))),
                bool(c.path("transplant_candidate")),
                text(c.path("donor")),
                bool(c.path("hypocellular")),
                c.path("marrow_cellularity_pct").isNumber()
                        ? c.path("marrow_cellularity_pct").asInt()
                        : null,
                null,
                bool(c.path("pnh_clone")),
                bool(c.path("hla_dr15")),
                null,
                null,
                null,
                Map.of());
        JsonNode d = g.path("diagnosis");
        return new ClinicalProfile(
                latest(g),
                new Demographics(
                        g.path("demographics").path("age").asInt(),
                        text(g.path("demographics").path("sex")),
                        Map.of()),
                new Diagnosis(
                        disease(text(d.path("disease"))),
                        null,
                        text(d.path("who2022")),
                        null,
                        text(d.path("icd10")),
                        date(d.path("date")),
                        null,
                        Map.of()),
                Labs.fromMap(labs),
                karyotype(g.path("karyotype"), src),
                mutations,
                strings(g.path("negative_genes")),
                Map.of(),
                null,
                transfusion,
                treatments,
                null,
                reported(g.path("risk").path("ipssr"), src),
                clinical,
                List.of());
    }

    /** The parsed ISCN string; a gold karyotype the parser rejects or categorises otherwise fails the test. */
    static KaryotypeFinding karyotype(JsonNode k, Provenance src) {
        String iscn = text(k.path("iscn"));
        String cat = text(k.path("ipssr_cyto_category"));
        if (iscn == null && cat == null) {
            return null;
        }
        CytoCategory category = cat == null
                ? null
                : CytoCategory.valueOf(cat.toUpperCase(Locale.ROOT).replace(' ', '_'));
        if (iscn == null) {
            return new KaryotypeFinding(
                    null, category, null, null, null, null, null, null, List.of(), "reported", null, null, src);
        }
        KaryotypeFinding parsed = Karyotypes.parse(iscn)
                .parsed()
                .orElseThrow(() -> new IllegalStateException("gold karyotype not parsed: " + iscn))
                .toFinding(null, src);
        if (category != null && parsed.ipssrCategory() != category) {
            throw new IllegalStateException(
                    "gold karyotype " + iscn + " is " + category + ", parsed as " + parsed.ipssrCategory());
        }
        return parsed;
    }

    private static List<ReportedRisk> reported(JsonNode ipssr, Provenance src) {
        List<ReportedRisk> out = new ArrayList<>();
        JsonNode r = ipssr.path("reported");
        if (r.isObject()) {
            out.add(new ReportedRisk(
                    "IPSS-R", r.path("score").decimalValue(), r.path("category").asText(), null, src));
        } else if (ipssr.path("stated_in_records").asBoolean()) {
            out.add(new ReportedRisk(
                    "IPSS-R",
                    ipssr.path("score").decimalValue(),
                    ipssr.path("category").asText(),
                    null,
                    src));
        }
        return out;
    }

    private static LocalDate latest(JsonNode g) {
        LocalDate latest = null;
        for (JsonNode d : g.path("documents")) {
            LocalDate x = date(d.path("date"));
            if (x != null && (latest == null || x.isAfter(latest))) {
                latest = x;
            }
        }
        return latest;
    }

    private static Disease disease(String s) {
        if (s == null) {
            return null;
        }
        for (Disease d : Disease.values()) {
            if (d.toString().equalsIgnoreCase(s)) {
                return d;
            }
        }
        return Disease.OTHER;
    }

    private static Integer ecog(String s) {
        return s != null && s.startsWith("ECOG ")
                ? Integer.valueOf(s.substring(5).trim())
                : null;
    }

    private static Boolean bool(JsonNode n) {
        return n.isBoolean() ? n.asBoolean() : null;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static LocalDate date(JsonNode n) {
        String s = text(n);
        return s == null
                ? null
                : org.recordpath.model.profile.PartialDates.parse(s).orElse(null);
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }
}
