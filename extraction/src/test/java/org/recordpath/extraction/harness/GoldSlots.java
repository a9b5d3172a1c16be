package org.recordpath.extraction.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The gold of one patient (corpus SCHEMA.md) as slots. */
final class GoldSlots {
    static final Map<String, String> LABS = Map.of(
            "hemoglobin_g_dl", "hemoglobin",
            "platelets_10e9_l", "platelets",
            "anc_10e9_l", "anc",
            "wbc_10e9_l", "wbc",
            "bm_blasts_pct", "bmBlasts",
            "ring_sideroblasts_pct", "ringSideroblasts",
            "serum_epo_mu_ml", "serumEpo",
            "ferritin_ng_ml", "ferritin");

    private GoldSlots() {}

    /** Gold slots; {@code formatOf} maps a file name to its format, {@code locate} finds the format of a value's text. */
    static List<Slot> of(JsonNode gold, Function<String, String> formatOf, Function<String, String> locate) {
        List<Slot> out = new ArrayList<>();
        JsonNode d = gold.path("demographics");
        single(out, "demographics.age", text(d.get("age")), locate);
        single(out, "demographics.sex", text(d.get("sex")), locate);
        JsonNode dx = gold.path("diagnosis");
        single(out, "diagnosis.disease", text(dx.get("disease")), locate);
        single(out, "diagnosis.who2022", text(dx.get("who2022")), locate);
        single(out, "diagnosis.icd10", text(dx.get("icd10")), locate);
        single(out, "diagnosis.date", text(dx.get("date")), locate);
        gold.path("labs").fields().forEachRemaining(e -> {
            String key = LABS.get(e.getKey());
            if (key != null) {
                String v = Normal.number(e.getValue().get("value").decimalValue()) + "@"
                        + e.getValue().path("date").asText();
                out.add(new Slot(
                        "labs." + key,
                        v,
                        formatOf.apply(e.getValue().path("source_file").asText()),
                        true));
            }
        });
        single(out, "karyotype.iscn", Normal.iscn(text(gold.path("karyotype").get("iscn"))), locate);
        for (JsonNode m : gold.path("mutations")) {
            String v = m.path("gene").asText() + " "
                    + (m.hasNonNull("hgvs_p")
                            ? m.get("hgvs_p").asText()
                            : m.path("hgvs_c").asText());
            out.add(new Slot(
                    "mutations",
                    v,
                    locate.apply(m.path("gene").asText() + " "
                            + m.path("hgvs_p").asText().replace("p.", "")),
                    false));
        }
        for (JsonNode g : gold.path("negative_genes")) {
            out.add(new Slot("negativeGenes", g.asText(), locate.apply(g.asText()), false));
        }
        JsonNode t = gold.path("transfusion");
        if (t.isObject()) {
            single(out, "transfusion.rbcUnitsPer8Weeks", number(t.get("rbc_units_per_8_weeks")), locate);
            single(out, "transfusion.dependent", text(t.get("dependent")), locate);
            single(out, "transfusion.totalRbcUnits", number(t.get("total_rbc_units")), locate);
        }
        for (JsonNode tr : gold.path("treatments")) {
            String drug = tr.path("drug").asText();
            String where = locate.apply(drug);
            out.add(new Slot("treatments.drug", drug, where, false));
            optional(out, "treatments.start", drug, text(tr.get("start")), where);
            optional(out, "treatments.cycles", drug, text(tr.get("cycles")), where);
            optional(out, "treatments.bestResponse", drug, Normal.response(text(tr.get("best_response"))), where);
            optional(out, "treatments.stoppedReason", drug, Normal.reason(text(tr.get("stopped_reason"))), where);
        }
        JsonNode c = gold.path("clinical");
        single(out, "clinical.transplantCandidate", text(c.get("transplant_candidate")), locate);
        String ps = text(c.get("performance_status"));
        single(out, "clinical.ecog", ps == null ? null : ps.replaceAll("\\D", ""), locate);
        single(out, "clinical.donor", text(c.get("donor")), locate);
        single(out, "clinical.hypocellular", text(c.get("hypocellular")), locate);
        single(out, "clinical.marrowCellularityPct", number(c.get("marrow_cellularity_pct")), locate);
        single(out, "clinical.pnhClone", text(c.get("pnh_clone")), locate);
        single(out, "clinical.hlaDr15", text(c.get("hla_dr15")), locate);
        return out;
    }

    private static void single(List<Slot> out, String field, String value, Function<String, String> locate) {
        out.add(new Slot(field, value, value == null ? "none" : locate.apply(value), true));
    }

    private static void optional(List<Slot> out, String field, String drug, String value, String where) {
        if (value != null) {
            out.add(new Slot(field, drug + "|" + value, where, false));
        }
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? null : Normal.number(new BigDecimal(n.asText()));
    }
}
